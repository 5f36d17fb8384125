import type { Language, SegmentRow } from '@interlinea/shared';
import { useCallback } from 'react';
import { suggestionProvenance, useExactMatchPrefill, useMachinery, type Machinery, type MachinerySuggestion } from '../../machinery';
import type { EditionDrafts } from './use-edition-drafts';
import { useLatest } from './use-latest';

export interface SegmentSuggestions {
  /** Memory matches and MT of the active segment. */
  machinery: Machinery;
  /** Segments filled with an exact memory match when opened, and its score. */
  prefilled: ReadonlyMap<string, number>;
  /** Puts a memory match or MT text into the active segment (and, unless told not to, the focus there). */
  take: (origin: 'tm' | 'mt', text: string, focus?: boolean) => void;
  /** The side panel's insert; stable across renders. */
  insert: (suggestion: MachinerySuggestion) => void;
  /** Ctrl+1..9: the suggestion at that rank, if there is one. */
  insertRank: (rank: number) => void;
  /** The segment's text is no longer a taken suggestion (its draft was discarded). */
  forget: (segmentId: string) => void;
}

interface SuggestionsOptions {
  edition: string;
  lang: Language;
  projectId: string;
  activeId: string | null;
  active: SegmentRow | null;
  canTranslate: boolean;
  drafts: EditionDrafts;
  /** The active segment's editor takes the focus back. */
  onFocus: () => void;
}

/**
 * Memory and MT suggestions for the active segment: fetched, inserted on request, and an exact match
 * put in by itself. Saves then carry the origin of the text and the suggestion as offered.
 */
export function useSegmentSuggestions({ edition, lang, projectId, activeId, active, canTranslate, drafts, onFocus }: SuggestionsOptions): SegmentSuggestions {
  const machinery = useMachinery(activeId, lang, projectId);

  const take = (
    origin: 'tm' | 'mt',
    text: string,
    focus = true,
    detail: { score?: number; engine?: string; unitId?: number; fromLanguage?: Language } = {},
  ) => {
    if (!active || !canTranslate) return;
    suggestionProvenance.record(edition, active.id, { origin, suggestion: text, ...detail });
    drafts.put(active.id, text);
    if (focus) onFocus();
  };
  const latestTake = useLatest(take);
  const insert = useCallback(
    (suggestion: MachinerySuggestion) => latestTake.current(suggestion.kind, suggestion.text, true, detailOf(suggestion)),
    [latestTake],
  );

  const prefilled = useExactMatchPrefill({
    segment: active,
    hasDraft: active ? drafts.drafts.has(active.id) : false,
    memoryLoaded: machinery.memoryLoaded,
    suggestions: machinery.suggestions,
    enabled: canTranslate,
    apply: (match) => take('tm', match.text, false, detailOf(match)),
  });

  return {
    machinery,
    prefilled,
    take,
    insert,
    insertRank: (rank) => {
      const suggestion = machinery.suggestions[rank - 1];
      if (suggestion) take(suggestion.kind, suggestion.text, true, detailOf(suggestion));
    },
    forget: (segmentId) => suggestionProvenance.forget(edition, segmentId),
  };
}

/** What the history keeps of a suggestion taken: a memory match's score (and its unit, to count insertions), the MT engine (and the pivot MT translated from). */
function detailOf(suggestion: MachinerySuggestion): { score?: number; engine?: string; unitId?: number; fromLanguage?: Language } {
  if (suggestion.kind === 'tm')
    return suggestion.match.unitId === undefined ? { score: suggestion.score } : { score: suggestion.score, unitId: suggestion.match.unitId };
  const { engine, translatedFrom } = suggestion.suggestion;
  return translatedFrom.kind === 'pivot' ? { engine, fromLanguage: translatedFrom.language } : { engine };
}

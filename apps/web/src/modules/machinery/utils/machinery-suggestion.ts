import type { Match, MachineTranslationSuggestion } from '@interlinea/shared';

/** A memory match offered for the active segment. */
export interface MemorySuggestion {
  kind: 'tm';
  text: string;
  /** Score after penalties, 0–101. */
  score: number;
  match: Match;
}

/** DeepL's proposal for the active segment. */
export interface MachineSuggestion {
  kind: 'mt';
  text: string;
  suggestion: MachineTranslationSuggestion;
}

/** One line of the machinery list; its position (1-based) is its Ctrl+number. */
export type MachinerySuggestion = MemorySuggestion | MachineSuggestion;

/**
 * Where MT sits among memory matches: after exact and high fuzzy matches (85 % and up), before weaker
 * ones, which usually need more editing than a machine translation does.
 */
export const MT_RANK = 84.5;

const rankOf = (s: MachinerySuggestion): number => (s.kind === 'tm' ? s.score : MT_RANK);

/**
 * Pontoon's machinery merge: memory matches and the MT suggestion in one list, best first; a text
 * offered twice is kept once, as the memory match (it carries a score and an author).
 */
export function mergeSuggestions(matches: readonly Match[], mt: MachineTranslationSuggestion | null): MachinerySuggestion[] {
  const all: MachinerySuggestion[] = matches.map((match) => ({ kind: 'tm', text: match.target, score: match.score, match }));
  if (mt && mt.text.trim()) all.push({ kind: 'mt', text: mt.text, suggestion: mt });
  const sorted = all
    .map((s, order) => ({ s, order }))
    .sort((a, b) => rankOf(b.s) - rankOf(a.s) || (a.s.kind === b.s.kind ? a.order - b.order : a.s.kind === 'tm' ? -1 : 1))
    .map(({ s }) => s);
  const seen = new Set<string>();
  const tmTexts = new Set(sorted.filter((s) => s.kind === 'tm').map((s) => s.text));
  return sorted.filter((s) => {
    if (s.kind === 'mt' && tmTexts.has(s.text)) return false;
    if (s.kind === 'tm' && seen.has(s.text)) return false;
    seen.add(s.text);
    return true;
  });
}

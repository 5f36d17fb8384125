import type { SegmentRow } from '@interlinea/shared';
import { useEffect, useRef, useState } from 'react';
import type { MachinerySuggestion, MemorySuggestion } from '../utils/machinery-suggestion';

interface PrefillOptions {
  segment: SegmentRow | null;
  /** The segment already holds unsaved text. */
  hasDraft: boolean;
  /** The memory has answered for `segment`. */
  memoryLoaded: boolean;
  suggestions: readonly MachinerySuggestion[];
  enabled: boolean;
  apply: (suggestion: MemorySuggestion) => void;
}

/**
 * An empty segment opened with a 100 % (or 101 %) memory match gets that match as its text, once per
 * segment and visit; answers which segments were filled and with what score, for the "from memory" mark.
 */
export function useExactMatchPrefill({ segment, hasDraft, memoryLoaded, suggestions, enabled, apply }: PrefillOptions): ReadonlyMap<string, number> {
  const [filled, setFilled] = useState<ReadonlyMap<string, number>>(new Map());
  const tried = useRef(new Set<string>());
  const applyRef = useRef(apply);
  useEffect(() => {
    applyRef.current = apply;
  });
  const segmentId = segment?.id ?? null;
  const empty = !segment?.translation?.text;
  useEffect(() => {
    if (!enabled || segmentId === null || tried.current.has(segmentId)) return;
    if (!empty || hasDraft) {
      tried.current.add(segmentId);
      return;
    }
    if (!memoryLoaded) return; // try again when the memory has answered
    tried.current.add(segmentId);
    const best = suggestions.find((s): s is MemorySuggestion => s.kind === 'tm' && s.score >= 100);
    if (!best) return;
    applyRef.current(best);
    setFilled((map) => new Map(map).set(segmentId, best.score));
  }, [enabled, segmentId, empty, hasDraft, memoryLoaded, suggestions]);
  return filled;
}

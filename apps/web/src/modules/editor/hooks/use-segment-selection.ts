import type { SegmentRow } from '@interlinea/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useLatest } from './use-latest';

export interface SegmentSelection {
  activeId: string | null;
  /** The active segment's row; null also while its id is not in the loaded rows. */
  active: SegmentRow | null;
  /** Grows each time the active segment's editor should take the focus again. */
  focusToken: number;
  /** The translator picks a segment (click, move); stable across renders. */
  activate: (segmentId: string) => void;
  /** Makes a segment active without it counting as the translator's move (filter, split, merge). */
  select: (segmentId: string | null) => void;
  refocus: () => void;
  /** After the filter changed: the active segment stays if shown, else the first shown one takes over. */
  keepWithin: (shownIds: readonly string[] | null) => void;
  /** Next or previous segment for translation among `rows` (the shown ones; site furniture skipped); the first one when none is active. */
  step: (delta: 1 | -1, rows: readonly SegmentRow[]) => void;
}

interface SelectionOptions {
  rowById: ReadonlyMap<string, SegmentRow>;
  /** The segment active when the editor opens; undefined while that cannot be told yet (the list still loading). */
  initialId: () => string | null | undefined;
  /** Called when the translator activates a segment (stable, or `activate` is not). */
  onActivate: () => void;
}

/** Which segment of the edition is active, and when its editor takes the focus. */
export function useSegmentSelection({ rowById, initialId, onActivate }: SelectionOptions): SegmentSelection {
  const [activeId, setActiveId] = useState<string | null>(() => initialId() ?? null);
  const [focusToken, setFocusToken] = useState(0);
  const active = activeId ? (rowById.get(activeId) ?? null) : null;
  // Until the opening segment is known, each new page of rows may tell it; a segment the translator picked meanwhile wins.
  const decided = useRef(activeId !== null);
  const latestInitial = useLatest(initialId);
  useEffect(() => {
    if (decided.current) return;
    const id = latestInitial.current();
    if (id === undefined) return;
    decided.current = true;
    if (id !== null) setActiveId(id);
  }, [rowById, latestInitial]);

  const activate = useCallback(
    (segmentId: string) => {
      decided.current = true;
      setActiveId(segmentId);
      onActivate();
    },
    [onActivate],
  );
  const refocus = useCallback(() => setFocusToken((n) => n + 1), []);

  return {
    activeId,
    active,
    focusToken,
    activate,
    select: (segmentId) => {
      decided.current = true;
      setActiveId(segmentId);
    },
    refocus,
    keepWithin: (shownIds) => {
      if (shownIds && activeId && !shownIds.includes(activeId)) setActiveId(shownIds[0] ?? null);
    },
    step: (delta, rows) => {
      if (!active) {
        const first = rows.find((r) => r.translatable) ?? rows[0];
        decided.current = true;
        if (first) setActiveId(first.id);
        return;
      }
      const position = rows.findIndex((r) => r.id === active.id);
      for (let at = position + delta; at >= 0 && at < rows.length; at += delta) {
        if (rows[at].translatable) return activate(rows[at].id);
      }
    },
  };
}

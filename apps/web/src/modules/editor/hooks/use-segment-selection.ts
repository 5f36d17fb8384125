import type { SegmentRow } from '@interlinea/shared';
import { useCallback, useState } from 'react';

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
  /** The segment active when the editor opens. */
  initialId: () => string | null;
  /** Called when the translator activates a segment (stable, or `activate` is not). */
  onActivate: () => void;
}

/** Which segment of the edition is active, and when its editor takes the focus. */
export function useSegmentSelection({ rowById, initialId, onActivate }: SelectionOptions): SegmentSelection {
  const [activeId, setActiveId] = useState<string | null>(initialId);
  const [focusToken, setFocusToken] = useState(0);
  const active = activeId ? (rowById.get(activeId) ?? null) : null;

  const activate = useCallback(
    (segmentId: string) => {
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
    select: setActiveId,
    refocus,
    keepWithin: (shownIds) => {
      if (shownIds && activeId && !shownIds.includes(activeId)) setActiveId(shownIds[0] ?? null);
    },
    step: (delta, rows) => {
      if (!active) {
        const first = rows.find((r) => r.translatable) ?? rows[0];
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

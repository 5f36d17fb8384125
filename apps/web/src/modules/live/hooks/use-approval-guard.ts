import type { SegmentRow, Translation } from '@interlinea/shared';
import { useCallback, useEffect, useRef, useState } from 'react';

/** An approval held back: the segment changed since it was opened. */
export interface ChangedBeforeApproval {
  segmentId: string;
  opened: Translation;
  current: Translation;
  approve: () => void;
}

export interface ApprovalGuard {
  /** Approves at once, unless the text changed since the segment was opened: then both versions are offered first. */
  guard: (segmentId: string, approve: () => void) => void;
  pending: ChangedBeforeApproval | null;
  confirm: () => void;
  cancel: () => void;
}

/**
 * Live updates change the text under a reviewer's eyes: approving what someone saved a moment ago
 * would approve a text not read. The translation as it was when the segment was opened is kept, and
 * an approval of a newer one first shows both to compare.
 */
export function useApprovalGuard(activeId: string | null, rowById: ReadonlyMap<string, SegmentRow>): ApprovalGuard {
  const opened = useRef<{ segmentId: string; translation: Translation | null } | null>(null);
  const [pending, setPending] = useState<ChangedBeforeApproval | null>(null);

  useEffect(() => {
    opened.current = activeId ? { segmentId: activeId, translation: rowById.get(activeId)?.translation ?? null } : null;
    // only when another segment is opened: later changes of this one are what the guard is for
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [activeId]);

  const guard = useCallback(
    (segmentId: string, approve: () => void) => {
      const before = opened.current?.segmentId === segmentId ? opened.current.translation : null;
      const current = rowById.get(segmentId)?.translation ?? null;
      if (before && current && current.version !== before.version && current.text !== before.text) {
        setPending({ segmentId, opened: before, current, approve });
        return;
      }
      approve();
    },
    [rowById],
  );

  const seen = () => {
    if (pending && opened.current?.segmentId === pending.segmentId) opened.current = { segmentId: pending.segmentId, translation: pending.current };
    setPending(null);
  };

  return {
    guard,
    pending,
    confirm: () => {
      const approve = pending?.approve;
      seen();
      approve?.();
    },
    cancel: seen,
  };
}

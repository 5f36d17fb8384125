import type { SegmentRow } from '@interlinea/shared';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findTarget, type GridTarget } from '../utils/grid-navigation';
import type { SegmentSelection } from './use-segment-selection';
import { useLatest } from './use-latest';

export interface GridNavigation {
  /** Goes to a segment (the cursor in its translation); waits for it while the list is still loading. */
  goTo: (target: GridTarget) => void;
  /** A "go to" waiting for its segment to load. */
  pending: GridTarget | null;
  /** Grows each time the "go to segment" box should take the focus (Ctrl+G). */
  numberFocusToken: number;
  focusNumber: () => void;
}

interface NavigationOptions {
  /** Every loaded segment, in document order. */
  rows: readonly SegmentRow[];
  /** The segments the filter shows. */
  visibleRows: readonly SegmentRow[];
  /** Every page of the list has come. */
  complete: boolean;
  selection: Pick<SegmentSelection, 'activate' | 'refocus'>;
  /** Drops the filter, for a segment it hides. */
  showAll: () => void;
  onNotice: (message: string) => void;
}

/** Long documents: go to a segment number, to the first unconfirmed one, to the first or the last. */
export function useGridNavigation({ rows, visibleRows, complete, selection, showAll, onNotice }: NavigationOptions): GridNavigation {
  const { t } = useTranslation();
  const [pending, setPending] = useState<GridTarget | null>(null);
  const [numberFocusToken, setNumberFocusToken] = useState(0);

  const attempt = (target: GridTarget): boolean => {
    const shown = findTarget(visibleRows, target, complete);
    const anywhere = shown ?? (target.kind === 'number' || target.kind === 'firstUnconfirmed' ? findTarget(rows, target, complete) : null);
    if (anywhere) {
      if (!shown) showAll();
      selection.activate(anywhere.id);
      selection.refocus();
      return true;
    }
    if (!complete) return false;
    onNotice(target.kind === 'number' ? t('grid:noSuchSegment', { number: target.number, count: rows.length }) : t('grid:allConfirmed'));
    return true;
  };
  const latestAttempt = useLatest(attempt);

  const goTo = useCallback((target: GridTarget) => setPending(latestAttempt.current(target) ? null : target), [latestAttempt]);

  // A target beyond the loaded pages is reached as soon as its page comes.
  useEffect(() => {
    if (pending && latestAttempt.current(pending)) setPending(null);
  }, [pending, rows, complete, latestAttempt]);

  return { goTo, pending, numberFocusToken, focusNumber: useCallback(() => setNumberFocusToken((n) => n + 1), []) };
}

import type { Language, SegmentRow, Translation } from '@interlinea/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { segmentsApi } from '../../../api/segments-api';
import { describeError } from '../../ui';
import type { SegmentFiltering } from './use-segment-filter';
import type { SegmentSelection } from './use-segment-selection';

export interface ReviewMode {
  on: boolean;
  /** The active segment's place among the segments under review (1-based; 0 when it is not one of them). */
  position: number;
  total: number;
  /** Segments of the walk still awaiting review. */
  remaining: number;
  busy: boolean;
  enter: () => void;
  exit: () => void;
  /** Approves the active segment and moves to the next one awaiting review. */
  approveAndNext: () => void;
  /** Moves the cursor into the reject reason (the reason is required). */
  startReject: () => void;
  /** Grows each time the reason field should take the focus. */
  reasonFocusToken: number;
  /** After a rejection (by the review box): on to the next awaiting segment. */
  afterDecision: (segmentId: string) => void;
}

interface ReviewModeOptions {
  lang: Language;
  canReview: boolean;
  filtering: SegmentFiltering;
  selection: SegmentSelection;
  hasDraft: (segmentId: string) => boolean;
  applyTranslation: (segmentId: string, translation: Translation) => void;
  onNotice: (message: string) => void;
  /** Live editing: an approval of a text changed since the segment was opened shows both versions first. */
  guardApproval?: (segmentId: string, approve: () => void) => void;
}

const awaiting = (row: SegmentRow | undefined) => row?.translation?.status === 'translated';

/**
 * Review mode: the grid walks the segments awaiting review (translated, not yet approved or rejected),
 * as they were when the mode began, so the count stays put ("12 of 40") while decisions are made.
 */
export function useReviewMode({
  lang,
  canReview,
  filtering,
  selection,
  hasDraft,
  applyTranslation,
  onNotice,
  guardApproval = (_, approve) => approve(),
}: ReviewModeOptions): ReviewMode {
  const { t } = useTranslation();
  const [started, setStarted] = useState(false);
  // choosing another status in the filter bar ends the walk
  const on = started && filtering.filter.status === 'translated';
  const [busy, setBusy] = useState(false);
  const [reasonFocusToken, setReasonFocusToken] = useState(0);
  const rows = filtering.visibleRows;
  const { active } = selection;
  const position = on && active ? rows.findIndex((r) => r.id === active.id) + 1 : 0;

  /** The next segment awaiting review after `segmentId` (wrapping round), skipping it. */
  const nextAwaiting = (segmentId: string, decided: Set<string>) => {
    const from = rows.findIndex((r) => r.id === segmentId);
    for (let step = 1; step <= rows.length; step++) {
      const row = rows[(from + step) % rows.length];
      if (row.id !== segmentId && !decided.has(row.id) && awaiting(row)) return row;
    }
    return null;
  };

  const moveOn = (segmentId: string, always = false) => {
    if (!on && !always) return;
    const next = nextAwaiting(segmentId, new Set([segmentId]));
    if (next) {
      selection.activate(next.id);
      selection.refocus();
    } else onNotice(t('review:mode.allDone'));
  };

  const approveAndNext = () => {
    if (!active || !canReview || busy) return;
    if (hasDraft(active.id)) return onNotice(t('review:mode.saveFirst'));
    const translation = active.translation;
    if (!translation?.text) return onNotice(t('review:mode.nothingToApprove'));
    guardApproval(active.id, () => {
      setBusy(true);
      segmentsApi
        .review(active.id, lang, { decision: 'approve', version: translation.version })
        .then((approved) => {
          applyTranslation(active.id, approved);
          moveOn(active.id, true);
        })
        .catch((error: unknown) => onNotice(describeError(t, error)))
        .finally(() => setBusy(false));
    });
  };

  return {
    on,
    position,
    total: on ? rows.length : 0,
    remaining: on ? rows.filter(awaiting).length : 0,
    busy,
    enter: () => {
      const ids = filtering.choose({ ...filtering.filter, status: 'translated' }) ?? [];
      setStarted(true);
      if (ids.length === 0) return onNotice(t('review:mode.noneAwaiting'));
      selection.activate(active && ids.includes(active.id) ? active.id : ids[0]);
      selection.refocus();
    },
    exit: () => {
      setStarted(false);
      selection.keepWithin(filtering.choose({ ...filtering.filter, status: 'all' }));
    },
    approveAndNext,
    startReject: () => {
      if (!active || !canReview) return;
      setReasonFocusToken((n) => n + 1);
    },
    reasonFocusToken,
    afterDecision: (segmentId) => moveOn(segmentId),
  };
}

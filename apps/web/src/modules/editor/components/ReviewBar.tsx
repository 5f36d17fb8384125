import type { SegmentRow } from '@interlinea/shared';
import { useTranslation } from 'react-i18next';
import { approvable, type BatchApproval } from '../hooks/use-batch-approval';
import type { ReviewMode } from '../hooks/use-review-mode';
import { useKeyLabel } from '../hooks/use-key-label';

interface ReviewBarProps {
  review: ReviewMode;
  batch: BatchApproval;
  shownRows: readonly SegmentRow[];
}

/** For reviewers: review mode (walk the segments awaiting review) and approving a selection at once. */
export function ReviewBar({ review, batch, shownRows }: ReviewBarProps) {
  const { t } = useTranslation();
  const keyLabel = useKeyLabel();
  const approvableShown = shownRows.filter(approvable).length;
  return (
    <div className={review.on ? 'review-bar review-bar--on' : 'review-bar'} data-testid="review-bar">
      <button
        type="button"
        className={review.on ? 'button button--small button--primary' : 'button button--small'}
        aria-pressed={review.on}
        onClick={review.on ? review.exit : review.enter}
        data-testid="review-mode-toggle"
      >
        {review.on ? t('review:mode.exit') : t('review:mode.enter')}
      </button>
      {review.on && (
        <>
          <span className="review-bar__position" role="status" data-testid="review-position">
            {review.position > 0
              ? t('review:mode.position', { position: review.position, total: review.total })
              : t('review:mode.total', { total: review.total })}
          </span>
          <span className="review-bar__remaining">{t('review:mode.remaining', { count: review.remaining })}</span>
          <span className="review-bar__keys muted small">
            {t('review:mode.keys', { approve: keyLabel('Ctrl+Enter'), reject: keyLabel('Alt+R'), panel: 'F6' })}
          </span>
        </>
      )}
      <span className="review-bar__batch">
        <button
          type="button"
          className="button button--small button--ghost"
          disabled={approvableShown === 0}
          onClick={() => batch.selectShown(shownRows)}
          data-testid="select-shown"
        >
          {t('review:batch.selectShown', { count: approvableShown })}
        </button>
        {batch.selected.size > 0 && (
          <>
            <button type="button" className="button button--small button--approve" disabled={batch.busy} onClick={batch.approve} data-testid="approve-selected">
              {t('review:batch.approve', { count: batch.selected.size })}
            </button>
            <button type="button" className="button button--small button--ghost" onClick={batch.clear}>
              {t('review:batch.clear')}
            </button>
          </>
        )}
      </span>
    </div>
  );
}

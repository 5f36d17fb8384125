import { reviewRequestSchema, type Language, type SegmentRow, type Translation } from '@interlinea/shared';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, fieldErrorsFrom } from '../../ui';
import { useLive } from '../../live';
import { useReview } from '../hooks/use-review';

interface ReviewBoxProps {
  segment: SegmentRow;
  lang: Language;
  /** The reviewer has typed changes that are not saved: review applies to the saved text only. */
  hasUnsavedText: boolean;
  onReviewed: (segmentId: string, translation: Translation) => void;
  /** Grows when the reason field should take the focus (Alt+R: reject). */
  reasonFocusToken?: number;
  /** After a decision made here (review mode moves on). */
  onDecided?: (segmentId: string) => void;
}

/** Approve, or reject with a required comment, the saved translation of the active segment. */
export function ReviewBox({ segment, lang, hasUnsavedText, onReviewed, reasonFocusToken = 0, onDecided }: ReviewBoxProps) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | null>(null);
  const reason = useRef<HTMLTextAreaElement>(null);
  const live = useLive();
  const review = useReview(segment.id, lang, (translation) => {
    setComment('');
    onReviewed(segment.id, translation);
    onDecided?.(segment.id);
  });
  // only a request made while this segment is shown (Alt+R), not one left from an earlier segment
  const tokenAtMount = useRef(reasonFocusToken);
  useEffect(() => {
    if (reasonFocusToken !== tokenAtMount.current) reason.current?.focus();
  }, [reasonFocusToken]);
  const translation = segment.translation;
  const blocked = !translation || !translation.text || hasUnsavedText || review.isPending;

  const decide = (decision: 'approve' | 'reject') => {
    const parsed = reviewRequestSchema.safeParse({ decision, comment: comment.trim() || undefined, version: translation?.version });
    if (!parsed.success) {
      setCommentError(fieldErrorsFrom(t, parsed.error).comment ? t('editor:review.commentRequired') : parsed.error.issues[0].message);
      return;
    }
    setCommentError(null);
    if (decision === 'approve' && live) live.approval.guard(segment.id, () => review.mutate(parsed.data));
    else review.mutate(parsed.data);
  };

  return (
    <section className="side-section" aria-labelledby="review-title" data-testid="review-box">
      <h3 id="review-title" className="side-section__title">
        {t('editor:review.title')}
      </h3>
      {translation?.reviewComment && (
        <p className={translation.status === 'rejected' ? 'review-note review-note--rejected' : 'review-note'}>
          <span className="segment__review-label">{t('editor:reviewerSaid')}</span> {translation.reviewComment}
        </p>
      )}
      {!translation ? (
        <p className="muted">{t('editor:review.nothingYet')}</p>
      ) : (
        <>
          {hasUnsavedText && <p className="muted small">{t('editor:review.saveFirst')}</p>}
          <label className="field__label" htmlFor={`review-comment-${segment.id}`}>
            {t('editor:review.comment')}
          </label>
          <textarea
            id={`review-comment-${segment.id}`}
            className="review-comment"
            rows={2}
            value={comment}
            aria-invalid={commentError ? true : undefined}
            onChange={(e) => setComment(e.target.value)}
            onKeyDown={(e) => {
              // Ctrl+Enter in the reason rejects (the editor's Ctrl+Enter does not run)
              if ((e.ctrlKey || e.metaKey) && e.key === 'Enter' && !blocked) {
                e.preventDefault();
                e.stopPropagation();
                decide('reject');
              }
            }}
            ref={reason}
            aria-describedby={`review-hint-${segment.id}`}
            data-testid="reject-reason"
          />
          <span id={`review-hint-${segment.id}`} className="muted small">
            {t('review:mode.reasonHint')}
          </span>
          {commentError && (
            <span className="field__error" role="alert">
              {commentError}
            </span>
          )}
          <div className="review-actions">
            <button type="button" className="button button--danger" disabled={blocked} onClick={() => decide('reject')} data-testid="reject-button">
              {t('editor:review.reject')}
            </button>
            <button
              type="button"
              className="button button--approve"
              disabled={blocked || translation.status === 'approved'}
              onClick={() => decide('approve')}
              data-testid="approve-button"
            >
              {t('editor:review.approve')}
            </button>
          </div>
          <ErrorMessage error={review.error} />
        </>
      )}
    </section>
  );
}

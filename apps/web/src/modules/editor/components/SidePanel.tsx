import type { Language, Match, SegmentRow, Translation } from '@interlinea/shared';
import { useTranslation } from 'react-i18next';
import { HistoryPanel } from '../../history';
import { MatchesPanel } from '../../machinery';
import { ReviewBox } from '../../review';
import { segmentNumber } from '../../ui';

interface SidePanelProps {
  segment: SegmentRow | null;
  lang: Language;
  canTranslate: boolean;
  canReview: boolean;
  hasUnsavedText: boolean;
  onInsertMatch: (match: Match) => void;
  onReviewed: (segmentId: string, translation: Translation) => void;
}

/** Helpers for the active segment: memory matches, review, history. */
export function SidePanel({ segment, lang, canTranslate, canReview, hasUnsavedText, onInsertMatch, onReviewed }: SidePanelProps) {
  const { t } = useTranslation();
  if (!segment) {
    return (
      <aside className="side-panel" aria-label={t('editor:side.label')}>
        <p className="muted">{t('editor:side.pick')}</p>
      </aside>
    );
  }
  return (
    <aside className="side-panel" aria-label={t('editor:side.label')} data-testid="side-panel">
      <p className="side-panel__segment">{t('editor:side.segment', { number: segmentNumber(segment.index) })}</p>
      <MatchesPanel segmentId={segment.id} lang={lang} canInsert={canTranslate} onInsert={onInsertMatch} />
      {canReview && <ReviewBox key={segment.id} segment={segment} lang={lang} hasUnsavedText={hasUnsavedText} onReviewed={onReviewed} />}
      {!canReview && segment.translation?.reviewComment && (
        <section className="side-section">
          <h3 className="side-section__title">{t('editor:review.title')}</h3>
          <p className={segment.translation.status === 'rejected' ? 'review-note review-note--rejected' : 'review-note'}>{segment.translation.reviewComment}</p>
        </section>
      )}
      <HistoryPanel segmentId={segment.id} lang={lang} version={segment.translation?.version ?? 0} codes={segment.codes} />
    </aside>
  );
}

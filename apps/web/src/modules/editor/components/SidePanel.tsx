import type { CorrectSourceResult, Language, SegmentRow, Translation } from '@interlinea/shared';
import { useTranslation } from 'react-i18next';
import { CommentsPanel } from '../../comments';
import { ProvenancePanel, type OutdatedConfirmation } from '../../editions';
import { HistoryPanel } from '../../history';
import { TermsPanel } from '../../glossary';
import { MachineryPanel, type Machinery, type MachinerySuggestion } from '../../machinery';
import { ReviewBox } from '../../review';
import { segmentNumber } from '../../ui';

interface SidePanelProps {
  segment: SegmentRow | null;
  projectId: string;
  lang: Language;
  sourceLang: Language;
  canTranslate: boolean;
  canReview: boolean;
  hasUnsavedText: boolean;
  /** Memory matches and MT of the active segment (the workspace holds them: Ctrl+1..9 inserts too). */
  machinery: Machinery;
  /** Score of the memory match the active segment was filled with when opened, if it was. */
  prefilledScore: number | undefined;
  onInsertSuggestion: (suggestion: MachinerySuggestion) => void;
  onReviewed: (segmentId: string, translation: Translation) => void;
  /** The active segment's open comment threads changed (for the grid's badge). */
  onOpenComments: (segmentId: string, count: number) => void;
  /** Grows when the reject reason should take the focus (Alt+R). */
  reasonFocusToken: number;
  /** After an approval or rejection made in the review box. */
  onDecided: (segmentId: string) => void;
  /** The text in the editor now (history compares with it). */
  currentText: string;
  documentId: string;
  /** The project's editions (the pivots a translator may work from). */
  languages: readonly Language[];
  /** Managers correct the original. */
  canManage: boolean;
  /** "Still holds" for an outdated translation (Alt+O). */
  confirmation: OutdatedConfirmation;
  onSourceCorrected: (segmentId: string, result: CorrectSourceResult) => void;
}

/** Helpers for the active segment: memory matches and MT, glossary terms, review, history. */
export function SidePanel({
  segment,
  projectId,
  lang,
  sourceLang,
  canTranslate,
  canReview,
  hasUnsavedText,
  machinery,
  prefilledScore,
  onInsertSuggestion,
  onReviewed,
  onOpenComments,
  reasonFocusToken,
  onDecided,
  currentText,
  documentId,
  languages,
  canManage,
  confirmation,
  onSourceCorrected,
}: SidePanelProps) {
  const { t } = useTranslation();
  if (!segment) {
    return (
      <aside className="side-panel" aria-label={t('editor:side.label')}>
        <p className="muted">{t('editor:side.pick')}</p>
      </aside>
    );
  }
  return (
    // one key away (F6), not after every row of the grid in tab order
    <aside className="side-panel" aria-label={t('editor:side.label')} data-testid="side-panel" tabIndex={-1}>
      <p className="side-panel__segment">{t('editor:side.segment', { number: segmentNumber(segment.index) })}</p>
      <MachineryPanel
        machinery={machinery}
        lang={lang}
        sourceLang={sourceLang}
        codes={segment.codes}
        canInsert={canTranslate}
        prefilledScore={prefilledScore}
        onInsert={onInsertSuggestion}
      />
      <ProvenancePanel
        key={`origin:${segment.id}:${lang}`}
        segment={segment}
        documentId={documentId}
        lang={lang}
        sourceLang={sourceLang}
        languages={languages}
        canTranslate={canTranslate}
        canManage={canManage}
        confirmation={confirmation}
        onSourceCorrected={onSourceCorrected}
      />
      <TermsPanel segmentId={segment.id} lang={lang} version={segment.translation?.version ?? 0} />
      {canReview && (
        <ReviewBox
          key={segment.id}
          segment={segment}
          lang={lang}
          hasUnsavedText={hasUnsavedText}
          onReviewed={onReviewed}
          reasonFocusToken={reasonFocusToken}
          onDecided={onDecided}
        />
      )}
      {!canReview && segment.translation?.reviewComment && (
        <section className="side-section">
          <h3 className="side-section__title">{t('editor:review.title')}</h3>
          <p className={segment.translation.status === 'rejected' ? 'review-note review-note--rejected' : 'review-note'}>{segment.translation.reviewComment}</p>
        </section>
      )}
      <CommentsPanel
        key={`${segment.id}:${lang}`}
        segmentId={segment.id}
        projectId={projectId}
        lang={lang}
        version={segment.translation?.version ?? 0}
        onOpenCount={onOpenComments}
      />
      <HistoryPanel
        segmentId={segment.id}
        lang={lang}
        version={segment.translation?.version ?? 0}
        codes={segment.codes}
        currentText={currentText}
        canRevert={canTranslate && !hasUnsavedText}
        onReverted={(translation) => onReviewed(segment.id, translation)}
      />
    </aside>
  );
}

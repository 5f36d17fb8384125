import type { SegmentRow } from '@interlinea/shared';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { segmentNumber, StatusBadge } from '../../ui';
import type { SegmentAction } from '../utils/segment-action';
import { SegmentActions } from './SegmentActions';
import { TargetTextarea } from './TargetTextarea';

interface SegmentRowViewProps {
  row: SegmentRow;
  /** Position in the (filtered) list: what the virtualizer measures by. */
  position: number;
  lang: string;
  sourceLang: string;
  active: boolean;
  editable: boolean;
  /** Unsaved text, when there is any. */
  draft: string | undefined;
  saving: boolean;
  focusToken: number;
  /** Distance from the top of the grid, in pixels. */
  offset: number;
  measure: (element: HTMLElement | null) => void;
  onActivate: (segmentId: string) => void;
  onChange: (segmentId: string, text: string) => void;
  onAction: (action: SegmentAction) => void;
}

/** One segment: number, source, translation (a textarea when active), status by colour and word. */
function SegmentRowViewInner(props: SegmentRowViewProps) {
  const { row, position, lang, sourceLang, active, editable, draft, saving, focusToken, offset, measure, onActivate, onChange, onAction } = props;
  const { t } = useTranslation();
  const number = segmentNumber(row.index);
  const text = draft ?? row.translation?.text ?? '';
  const status = row.translation?.status ?? null;
  const className = ['segment', active ? 'segment--active' : '', `segment--${status ?? 'empty'}`].join(' ');

  return (
    <div
      ref={measure}
      role="row"
      aria-rowindex={position + 2}
      aria-selected={active}
      className={className}
      style={{ transform: `translateY(${offset}px)` }}
      data-testid="segment-row"
      data-index={position}
      data-segment-id={row.id}
      data-status={status ?? 'empty'}
      data-active={active || undefined}
      onMouseDown={() => !active && onActivate(row.id)}
    >
      <div role="cell" className="segment__number">
        {number}
      </div>
      <div role="cell" className="segment__source" lang={sourceLang}>
        {row.source}
      </div>
      <div role="cell" className="segment__target">
        {active ? (
          <TargetTextarea
            value={text}
            lang={lang}
            readOnly={!editable}
            focusToken={focusToken}
            label={t('editor:targetLabel', { number })}
            onChange={(value) => onChange(row.id, value)}
          />
        ) : (
          <button type="button" className="segment__target-text" lang={lang} onClick={() => onActivate(row.id)} aria-label={t('editor:editSegment', { number })}>
            {text || <span className="placeholder">{t('editor:noTranslation')}</span>}
          </button>
        )}
        {active && editable && <SegmentActions onAction={onAction} disabled={saving} />}
        {row.translation?.status === 'rejected' && row.translation.reviewComment && (
          <p className="segment__review-comment" data-testid="review-comment">
            <span className="segment__review-label">{t('editor:reviewerSaid')}</span> {row.translation.reviewComment}
          </p>
        )}
      </div>
      <div role="cell" className="segment__status">
        <StatusBadge status={status} />
        {draft !== undefined && !saving && (
          <span className="unsaved" data-testid="unsaved-label">
            {t('editor:unsaved')}
          </span>
        )}
        {saving && (
          <span className="saving" role="status">
            {t('editor:saving')}
          </span>
        )}
      </div>
    </div>
  );
}

/** A memoised row: typing in one segment re-renders that row only. */
export const SegmentRowView = memo(SegmentRowViewInner);

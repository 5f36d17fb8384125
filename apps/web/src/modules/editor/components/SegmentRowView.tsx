import type { Language, SegmentRow } from '@interlinea/shared';
import { checkCodes } from '@interlinea/inline-codes';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CodedText } from '../../code-chips';
import { GlossarySource } from '../../glossary';
import { SegmentQa } from '../../qa';
import { segmentNumber, StatusBadge } from '../../ui';
import type { SegmentAction } from '../utils/segment-action';
import { CodeEditor } from './CodeEditor';
import { CodeIssues } from './CodeIssues';
import { SegmentActions } from './SegmentActions';
import { SplitSource } from './SplitSource';

/** Split mode of the active row: where the caret in the source is, and what to do with it. */
export interface SplitControl {
  offset: number;
  onMove: (offset: number) => void;
  onSplit: () => void;
  onCancel: () => void;
}

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
  /** The unsaved text came back from storage after a reload. */
  restored: boolean;
  saving: boolean;
  focusToken: number;
  /** Given to the active row in split mode. */
  split: SplitControl | null;
  /** The active row has a next segment in its block. */
  canMerge: boolean;
  /** Distance from the top of the grid, in pixels. */
  offset: number;
  measure: (element: HTMLElement | null) => void;
  onActivate: (segmentId: string) => void;
  onChange: (segmentId: string, text: string) => void;
  onAction: (action: SegmentAction) => void;
}

/** One segment: number, source, translation (a textarea when active), status by colour and word. */
function SegmentRowViewInner(props: SegmentRowViewProps) {
  const {
    row,
    position,
    lang,
    sourceLang,
    active,
    editable,
    draft,
    restored,
    saving,
    focusToken,
    split,
    canMerge,
    offset,
    measure,
    onActivate,
    onChange,
    onAction,
  } = props;
  const { t } = useTranslation();
  const number = segmentNumber(row.index);
  const text = draft ?? row.translation?.text ?? '';
  const status = row.translation?.status ?? null;
  const savedText = row.translation?.text ?? '';
  const savedIssues = useMemo(() => (savedText ? checkCodes(row.source, savedText).length : 0), [row.source, savedText]);
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
        {split ? (
          <SplitSource source={row.source} codes={row.codes} lang={sourceLang} {...split} />
        ) : active ? (
          <GlossarySource segmentId={row.id} lang={lang as Language} text={row.source} codes={row.codes} />
        ) : (
          <CodedText text={row.source} codes={row.codes} />
        )}
      </div>
      <div role="cell" className="segment__target">
        {active ? (
          <CodeEditor
            value={text}
            lang={lang}
            readOnly={!editable}
            source={row.source}
            codes={row.codes}
            focusToken={focusToken}
            label={t('editor:targetLabel', { number })}
            onChange={(value) => onChange(row.id, value)}
          />
        ) : (
          <button
            type="button"
            className="segment__target-text"
            lang={lang}
            onClick={() => onActivate(row.id)}
            aria-label={t('editor:editSegment', { number })}
          >
            {text ? <CodedText text={text} codes={row.codes} /> : <span className="placeholder">{t('editor:noTranslation')}</span>}
          </button>
        )}
        {active && <CodeIssues source={row.source} text={text} codes={row.codes} />}
        {active && <SegmentQa segmentId={row.id} source={row.source} text={text} sourceLang={sourceLang} lang={lang} />}
        {active && editable && <SegmentActions onAction={onAction} disabled={saving} canMerge={canMerge} />}
        {row.translation?.status === 'rejected' && row.translation.reviewComment && (
          <p className="segment__review-comment" data-testid="review-comment">
            <span className="segment__review-label">{t('editor:reviewerSaid')}</span> {row.translation.reviewComment}
          </p>
        )}
      </div>
      <div role="cell" className="segment__status">
        <StatusBadge status={status} />
        {savedIssues > 0 && (
          <span
            className="qa-marker"
            role="img"
            aria-label={t('editor:qa.marker', { count: savedIssues })}
            title={t('editor:qa.marker', { count: savedIssues })}
            data-testid="qa-marker"
          >
            ⚠
          </span>
        )}
        {draft !== undefined && !restored && !saving && (
          <span className="unsaved" data-testid="unsaved-label">
            {t('editor:unsaved')}
          </span>
        )}
        {draft !== undefined && restored && !saving && (
          <span className="restored" data-testid="restored-label" title={t('editor:restored.hint')}>
            {t('editor:restored.label')}
          </span>
        )}
        {draft !== undefined && restored && active && editable && !saving && (
          <button type="button" className="button button--ghost button--small" onClick={() => onAction('discard')} data-testid="discard-draft">
            {t('editor:restored.discard')}
          </button>
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

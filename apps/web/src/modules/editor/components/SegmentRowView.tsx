import type { Language, SegmentRow } from '@interlinea/shared';
import { checkCodes } from '@interlinea/inline-codes';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CodedText } from '../../code-chips';
import { CommentCountBadge } from '../../comments';
import { OutdatedBadge } from '../../editions';
import { QueuedMark, type QueuedChange } from '../../offline';
import { GlossarySource } from '../../glossary';
import { segmentNumber, StatusBadge, useFormatDate } from '../../ui';
import type { GridHighlight } from '../hooks/use-segment-filter';
import type { FurnitureControl } from '../hooks/use-furniture-switch';
import { SegmentQa } from '../../qa';
import { IncomingChange, RowPresence } from '../../live';
import type { SegmentAction } from '../utils/segment-action';
import { CodeEditor } from './CodeEditor';
import { CodeIssues } from './CodeIssues';
import { EditionCell, type SecondEditionCell } from './EditionCell';
import { HighlightedText } from './HighlightedText';
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
  /** The segment's change waiting in the offline queue, or refused by the server. */
  queued: QueuedChange | undefined;
  focusToken: number;
  /** Given to the active row in split mode. */
  split: SplitControl | null;
  /** The active row has a next segment in its block. */
  canMerge: boolean;
  /** Switching site furniture (lines not for translation) on and off. */
  furniture: FurnitureControl;
  /** Distance from the top of the grid, in pixels. */
  offset: number;
  /** The grid's one tab stop when no segment is active (roving tab index: the other rows are not tab stops). */
  tabStop: boolean;
  /** Search hits to mark in the cells. */
  highlight: GridHighlight | null;
  /** Batch selection: shown with a checkbox when `onToggleSelect` is given. */
  selected: boolean;
  onToggleSelect?: (segmentId: string) => void;
  measure: (element: HTMLElement | null) => void;
  /** A click in the row: the segment becomes active, with the cursor in `lang`'s column (null: the column it was in). */
  onActivate: (segmentId: string, lang: Language | null) => void;
  onChange: (segmentId: string, text: string) => void;
  onAction: (action: SegmentAction) => void;
  /** A second edition beside the page's one, when one is shown. */
  second?: SecondEditionCell | null;
  /** The second edition's column stands left of the page's edition. */
  secondFirst?: boolean;
  /** The active row's cursor is in the second edition's column. */
  inSecond?: boolean;
  onSecondChange?: (segmentId: string, text: string) => void;
  /** A click on the source puts the cursor in the translation. */
  onFocusTarget?: (segmentId: string) => void;
}

/** The edition column a click landed in, or null for the number, source and status. */
function editionAt(target: EventTarget): Language | null {
  const cell = target instanceof Element ? target.closest<HTMLElement>('[data-edition]') : null;
  return (cell?.dataset.edition as Language | undefined) ?? null;
}

/**
 * A click on the row outside the editor that selected no text and hit no control (a glossary term, a
 * checkbox): the cursor goes (back) into the translation, instead of the focus falling to the page.
 */
function plainClick(target: EventTarget): boolean {
  const selected = window.getSelection()?.toString() ?? '';
  const control = target instanceof Element && target.closest('button, a, input, select, textarea, [role="button"], [contenteditable="true"]');
  return selected.length === 0 && !control;
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
    queued,
    focusToken,
    split,
    canMerge,
    furniture,
    offset,
    tabStop,
    highlight,
    selected,
    onToggleSelect,
    measure,
    onActivate,
    onChange,
    onAction,
    second = null,
    secondFirst = false,
    inSecond = false,
    onSecondChange,
    onFocusTarget,
  } = props;
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const sourceHits = highlight && highlight.scope !== 'target' ? highlight.pattern : null;
  const targetHits = highlight && highlight.scope !== 'source' ? highlight.pattern : null;

  const number = segmentNumber(row.index);
  const text = draft ?? row.translation?.text ?? '';
  const status = row.translation?.status ?? null;
  const reviewed = (status === 'approved' || status === 'rejected') && row.translation?.reviewerName ? row.translation : null;
  const savedText = row.translation?.text ?? '';
  const savedIssues = useMemo(() => (savedText ? checkCodes(row.source, savedText).length : 0), [row.source, savedText]);
  const locked = !row.translatable;
  // The text on screen is the one waiting in the offline queue: its mark says so, not "unsaved".
  const waitingText = queued !== undefined && (draft === undefined || draft === queued.text);
  const className = [
    'segment',
    active ? 'segment--active' : '',
    `segment--${status ?? 'empty'}`,
    locked ? 'segment--furniture' : '',
    second ? 'segment--two-editions' : '',
  ].join(' ');
  /** The cursor is in this row's translation into the page's edition (not in a second edition's column). */
  const editingHere = active && !(second && inSecond);
  const secondCell = second && (
    <EditionCell
      row={row}
      cell={second}
      editing={active && inSecond}
      focusToken={active && inSecond ? focusToken : 0}
      onChange={onSecondChange ?? onChange}
      onAction={onAction}
    />
  );

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
      data-translatable={row.translatable}
      onClick={(event) => !split && onFocusTarget && plainClick(event.target) && onFocusTarget(row.id)}
      onMouseDown={(event) => {
        const lang = editionAt(event.target);
        if (!active || (second && lang !== null && (lang === second.lang) !== inSecond)) {
          // The pressed translation text gives way to the editor, which takes the focus as it mounts; the browser's own
          // focus on press would otherwise land on the removed text (the page) and take it away again.
          if (event.target instanceof Element && event.target.closest('.segment__target-text')) event.preventDefault();
          onActivate(row.id, lang);
        }
      }}
    >
      <div role="cell" className="segment__number">
        {onToggleSelect && (
          <input
            type="checkbox"
            className="segment__select"
            tabIndex={-1}
            checked={selected}
            onChange={() => onToggleSelect(row.id)}
            onMouseDown={(e) => e.stopPropagation()}
            aria-label={t('review:batch.select', { number })}
            data-testid="segment-select"
          />
        )}
        {number}
      </div>
      <div role="cell" className="segment__source" lang={sourceLang} data-testid="source-cell">
        {split ? (
          <SplitSource source={row.source} codes={row.codes} lang={sourceLang} {...split} />
        ) : active ? (
          <GlossarySource segmentId={row.id} lang={lang as Language} text={row.source} codes={row.codes} />
        ) : (
          <HighlightedText text={row.source} codes={row.codes} pattern={sourceHits} />
        )}
      </div>
      {secondFirst && secondCell}
      <div role="cell" className="segment__target" data-edition={second ? lang : undefined} data-cursor={(second && editingHere) || undefined}>
        {locked ? (
          <LockedTarget row={row} furniture={furniture} />
        ) : editingHere && !editable ? (
          <div className="segment__readonly" lang={lang} data-testid="readonly-target">
            {text ? <CodedText text={text} codes={row.codes} /> : <span className="placeholder">{t('editor:noTranslation')}</span>}
            <p className="segment__readonly-hint">{t('editor:readOnlyTarget')}</p>
          </div>
        ) : editingHere ? (
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
            onClick={() => onActivate(row.id, second ? (lang as Language) : null)}
            tabIndex={tabStop ? 0 : -1}
            aria-label={t(editable ? 'editor:editSegment' : 'editor:showSegment', { number })}
          >
            {text ? <HighlightedText text={text} codes={row.codes} pattern={targetHits} /> : <span className="placeholder">{t('editor:noTranslation')}</span>}
          </button>
        )}
        <IncomingChange segmentId={row.id} codes={row.codes} draft={draft} />
        {editingHere && <CodeIssues source={row.source} text={text} codes={row.codes} />}
        {editingHere && !locked && <SegmentQa segmentId={row.id} source={row.source} text={text} sourceLang={sourceLang} lang={lang} />}
        {editingHere && editable && !locked && <SegmentActions onAction={onAction} disabled={saving} canMerge={canMerge} />}
        {editingHere && !locked && furniture.canMark && (
          <button
            type="button"
            className="button button--ghost button--small"
            disabled={furniture.switching === row.id}
            onClick={() => furniture.onSwitch(row.id, false)}
            data-testid="mark-furniture"
          >
            {t('furniture:markNotTranslatable')}
          </button>
        )}
        {row.translation?.status === 'rejected' && row.translation.reviewComment && (
          <p className="segment__review-comment" data-testid="review-comment">
            <span className="segment__review-label">{t('editor:reviewerSaid')}</span> {row.translation.reviewComment}
          </p>
        )}
      </div>
      {!secondFirst && secondCell}
      <div role="cell" className="segment__status">
        {locked ? (
          <span className="furniture-badge" title={t('furniture:lockedHint')} data-testid="furniture-badge">
            {t('furniture:lockedShort')}
          </span>
        ) : (
          <StatusBadge status={status} />
        )}
        <CommentCountBadge count={row.openComments ?? 0} />
        <OutdatedBadge outdated={row.outdated} />
        <RowPresence segmentId={row.id} />
        {reviewed && !locked && (
          <span className="segment__reviewer" data-testid="reviewed-by" title={reviewed.reviewedAt ? formatDate(reviewed.reviewedAt) : undefined}>
            {t(status === 'approved' ? 'review:reviewed.approvedBy' : 'review:reviewed.rejectedBy', { name: reviewed.reviewerName })}
            {reviewed.reviewedAt && <time dateTime={reviewed.reviewedAt}>{formatDate(reviewed.reviewedAt)}</time>}
          </span>
        )}
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
        {queued && <QueuedMark change={queued} />}
        {draft !== undefined && !restored && !saving && !waitingText && (
          <span className="unsaved" data-testid="unsaved-label">
            {t('editor:unsaved')}
          </span>
        )}
        {draft !== undefined && restored && !saving && !waitingText && (
          <span className="restored" data-testid="restored-label" title={t('editor:restored.hint')}>
            {t('editor:restored.label')}
          </span>
        )}
        {draft !== undefined && restored && active && editable && !saving && !waitingText && (
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

/** Site furniture: no editor, a note saying why, and for those who may, the switch back to translatable. */
function LockedTarget({ row, furniture }: { row: SegmentRow; furniture: FurnitureControl }) {
  const { t } = useTranslation();
  return (
    <div className="segment__locked" data-testid="segment-locked">
      <span className="segment__locked-note" title={t('furniture:lockedHint')}>
        {t('furniture:locked')}
      </span>
      {furniture.canUnlock && (
        <button
          type="button"
          className="button button--ghost button--small"
          disabled={furniture.switching === row.id}
          onClick={() => furniture.onSwitch(row.id, true)}
          data-testid="make-translatable"
        >
          {t('furniture:makeTranslatable')}
        </button>
      )}
    </div>
  );
}

/** A memoised row: typing in one segment re-renders that row only. */
export const SegmentRowView = memo(SegmentRowViewInner);

import type { Language, SegmentRow, Translation } from '@interlinea/shared';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { CodedText } from '../../code-chips';
import { segmentNumber, StatusBadge } from '../../ui';
import type { SegmentAction } from '../utils/segment-action';
import { CodeEditor } from './CodeEditor';
import { CodeIssues } from './CodeIssues';
import { HighlightedText } from './HighlightedText';
import { SegmentActions } from './SegmentActions';

/** What a row shows of a second edition beside the page's one. */
export interface SecondEditionCell {
  lang: Language;
  /** Its translation; undefined while that edition's list is still loading. */
  translation: Translation | null | undefined;
  draft: string | undefined;
  editable: boolean;
  saving: boolean;
}

interface EditionCellProps {
  row: SegmentRow;
  cell: SecondEditionCell;
  /** The cursor is in this cell (its row is active and this edition's column chosen). */
  editing: boolean;
  focusToken: number;
  onChange: (segmentId: string, text: string) => void;
  onAction: (action: SegmentAction) => void;
}

/**
 * A second edition's translation of a segment, in its own column: an editor while the cursor is in
 * it, else the text with its status. Site furniture is not translated in any edition.
 */
function EditionCellInner({ row, cell, editing, focusToken, onChange, onAction }: EditionCellProps) {
  const { t } = useTranslation();
  const number = segmentNumber(row.index);
  const { lang, translation, draft, editable, saving } = cell;
  const text = draft ?? translation?.text ?? '';
  const status = translation?.status ?? null;
  const edition = lang.toUpperCase();
  return (
    <div
      role="cell"
      className={`segment__target segment__edition segment__edition--${status ?? 'empty'}`}
      data-edition={lang}
      data-cursor={editing || undefined}
      data-testid="edition-cell"
    >
      {!row.translatable ? (
        <span className="segment__locked-note">{t('furniture:lockedShort')}</span>
      ) : translation === undefined ? (
        <span className="placeholder">{t('grid:loadingEdition')}</span>
      ) : editing && editable ? (
        <CodeEditor
          value={text}
          lang={lang}
          readOnly={false}
          source={row.source}
          codes={row.codes}
          focusToken={focusToken}
          label={t('grid:targetLabel', { number, edition })}
          onChange={(value) => onChange(row.id, value)}
        />
      ) : editing ? (
        <div className="segment__readonly" lang={lang} data-testid="readonly-target">
          {text ? <CodedText text={text} codes={row.codes} /> : <span className="placeholder">{t('editor:noTranslation')}</span>}
          <p className="segment__readonly-hint">{t('grid:readOnlyEdition', { edition })}</p>
        </div>
      ) : (
        <span className="segment__target-text" lang={lang}>
          {text ? <HighlightedText text={text} codes={row.codes} pattern={null} /> : <span className="placeholder">{t('editor:noTranslation')}</span>}
        </span>
      )}
      {editing && editable && row.translatable && <CodeIssues source={row.source} text={text} codes={row.codes} />}
      {editing && editable && row.translatable && <SegmentActions onAction={onAction} disabled={saving} canMerge={false} structure={false} />}
      {row.translatable && translation !== undefined && (status !== null || draft !== undefined || saving) && (
        <span className="segment__edition-status">
          {status !== null && <StatusBadge status={status} />}
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
        </span>
      )}
    </div>
  );
}

export const EditionCell = memo(EditionCellInner);

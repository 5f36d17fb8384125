import type { RowEdit } from '@interlinea/align';
import type { Alignment, AlignmentRow } from '@interlinea/shared';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BAND_MARK, rowBand } from '../utils/confidence';

interface AlignmentGridProps {
  alignment: Alignment;
  editable: boolean;
  onEdit: (edit: RowEdit) => void;
}

const ESTIMATED_ROW_HEIGHT = 64;
const canSplit = (row: AlignmentRow) => row.sentences.some((s) => s.length > 1);

/**
 * The editions side by side, one aligned row per line, virtualised (only the rows in view are in the
 * page). Mouse: the buttons of each row and cell. Keys (the grid has the focus): ↑/↓ row, ←/→ edition,
 * M merge with the row below, S split, Alt+↑/Alt+↓ move the edition's sentence, B mark bad.
 */
export function AlignmentGrid({ alignment, editable, onEdit }: AlignmentGridProps) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState({ row: 0, edition: 0 });
  const { rows, editions } = alignment;
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: 8,
    initialRect: { width: 1000, height: 720 },
  });
  const activeRow = Math.min(active.row, rows.length - 1);

  useEffect(() => {
    if (activeRow >= 0) virtualizer.scrollToIndex(activeRow, { align: 'auto' });
  }, [activeRow, virtualizer]);

  const act = useCallback(
    (edit: RowEdit) => {
      if (editable) onEdit(edit);
    },
    [editable, onEdit],
  );
  const select = useCallback((row: number, edition: number) => setActive({ row, edition }), []);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const row = rows[activeRow];
    if (!row) return;
    const key = event.key;
    let handled = true;
    if (event.altKey && key === 'ArrowUp') act({ action: 'move-up', row: activeRow, edition: active.edition });
    else if (event.altKey && key === 'ArrowDown') act({ action: 'move-down', row: activeRow, edition: active.edition });
    else if (key === 'ArrowUp') setActive({ ...active, row: Math.max(0, activeRow - 1) });
    else if (key === 'ArrowDown') setActive({ ...active, row: Math.min(rows.length - 1, activeRow + 1) });
    else if (key === 'ArrowLeft') setActive({ row: activeRow, edition: Math.max(0, active.edition - 1) });
    else if (key === 'ArrowRight') setActive({ row: activeRow, edition: Math.min(editions.length - 1, active.edition + 1) });
    else if ((key === 'm' || key === 'M') && activeRow < rows.length - 1) act({ action: 'merge', row: activeRow });
    else if ((key === 's' || key === 'S') && canSplit(row)) act({ action: 'split', row: activeRow });
    else if (key === 'b' || key === 'B') act({ action: 'mark-bad', row: activeRow, bad: !row.bad });
    else handled = false;
    if (handled) event.preventDefault();
  };

  const columns = `3rem 6rem repeat(${editions.length}, minmax(0, 1fr)) 13rem`;
  return (
    <div className="align-grid" role="table" aria-label={t('alignment:review.gridLabel')} aria-rowcount={rows.length + 1}>
      <div className="align-grid__head" role="row" style={{ gridTemplateColumns: columns }}>
        <span role="columnheader">{t('alignment:review.row')}</span>
        <span role="columnheader">{t('alignment:review.confidence')}</span>
        {editions.map((e, k) => (
          <span role="columnheader" key={k} className={k === active.edition ? 'align-grid__head--active' : undefined}>
            {t(`common:language.${e.language}`)} <span className="muted small">· {e.fileName}</span>
          </span>
        ))}
        <span role="columnheader">{t('alignment:review.actions')}</span>
      </div>
      <div ref={scroller} className="align-grid__scroller" tabIndex={0} onKeyDown={onKeyDown} data-testid="alignment-grid">
        <div className="align-grid__canvas" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => (
            <RowView
              key={item.key}
              index={item.index}
              row={rows[item.index]}
              alignment={alignment}
              columns={columns}
              active={item.index === activeRow}
              activeEdition={active.edition}
              editable={editable}
              last={item.index === rows.length - 1}
              offset={item.start}
              measure={virtualizer.measureElement}
              onSelect={select}
              onEdit={act}
            />
          ))}
        </div>
      </div>
    </div>
  );
}

interface RowViewProps {
  index: number;
  row: AlignmentRow;
  alignment: Alignment;
  columns: string;
  active: boolean;
  activeEdition: number;
  editable: boolean;
  last: boolean;
  offset: number;
  measure: (element: Element | null) => void;
  onSelect: (row: number, edition: number) => void;
  onEdit: (edit: RowEdit) => void;
}

const RowView = memo(function RowView({
  index,
  row,
  alignment,
  columns,
  active,
  activeEdition,
  editable,
  last,
  offset,
  measure,
  onSelect,
  onEdit,
}: RowViewProps) {
  const { t } = useTranslation();
  const band = rowBand(row);
  return (
    <div
      ref={measure}
      data-index={index}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={active}
      className={`align-row align-row--${band}${active ? ' align-row--active' : ''}`}
      style={{ transform: `translateY(${offset}px)`, gridTemplateColumns: columns }}
      data-testid="alignment-row"
      data-band={band}
    >
      <span role="cell" className="align-row__number">
        {index + 1}
      </span>
      <span role="cell" className="align-row__band">
        <span className={`band band--${band}`} title={t(`alignment:legend.${band}`)}>
          <span aria-hidden="true">{BAND_MARK[band]}</span> {row.bad ? t('alignment:legend.badShort') : `${Math.round(row.confidence * 100)} %`}
        </span>
      </span>
      {row.sentences.map((sentences, e) => {
        const language = t(`common:language.${alignment.editions[e].language}`);
        return (
          <div
            role="cell"
            key={e}
            className={`align-cell${active && e === activeEdition ? ' align-cell--active' : ''}`}
            onClick={() => onSelect(index, e)}
            data-testid={`alignment-cell-${e}`}
          >
            {sentences.length === 0 ? (
              <span className="muted">{t('alignment:review.empty')}</span>
            ) : (
              sentences.map((s) => (
                <p key={s} className="align-cell__sentence" lang={alignment.editions[e].language}>
                  {alignment.editions[e].sentences[s]}
                </p>
              ))
            )}
            {editable && sentences.length > 0 && (
              <span className="align-cell__moves">
                <button
                  type="button"
                  className="icon-button"
                  title={t('alignment:review.moveUp', { language })}
                  aria-label={t('alignment:review.moveUp', { language })}
                  onClick={(event) => {
                    event.stopPropagation();
                    onEdit({ action: 'move-up', row: index, edition: e });
                  }}
                  data-testid="move-up"
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="icon-button"
                  title={t('alignment:review.moveDown', { language })}
                  aria-label={t('alignment:review.moveDown', { language })}
                  onClick={(event) => {
                    event.stopPropagation();
                    onEdit({ action: 'move-down', row: index, edition: e });
                  }}
                  data-testid="move-down"
                >
                  ↓
                </button>
              </span>
            )}
          </div>
        );
      })}
      <span role="cell" className="align-row__actions">
        {editable && (
          <>
            <button
              type="button"
              className="button button--small"
              disabled={last}
              title={t('alignment:review.merge')}
              onClick={() => onEdit({ action: 'merge', row: index })}
              data-testid="merge"
            >
              {t('alignment:review.mergeShort')}
            </button>
            <button
              type="button"
              className="button button--small"
              disabled={!canSplit(row)}
              onClick={() => onEdit({ action: 'split', row: index })}
              data-testid="split"
            >
              {t('alignment:review.split')}
            </button>
            <button
              type="button"
              className={`button button--small${row.bad ? ' button--danger' : ''}`}
              aria-pressed={row.bad}
              title={t('alignment:review.badTitle')}
              onClick={() => onEdit({ action: 'mark-bad', row: index, bad: !row.bad })}
              data-testid="mark-bad"
            >
              {row.bad ? t('alignment:review.unmarkBad') : t('alignment:review.markBad')}
            </button>
          </>
        )}
      </span>
    </div>
  );
});

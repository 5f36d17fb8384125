import type { SegmentRow } from '@interlinea/shared';
import type { QueuedChange } from '../../offline';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridHighlight } from '../hooks/use-segment-filter';
import type { FurnitureControl } from '../hooks/use-furniture-switch';
import type { SegmentAction } from '../utils/segment-action';
import { SegmentRowView, type SplitControl } from './SegmentRowView';

const ESTIMATED_ROW_HEIGHT = 56;

interface SegmentGridProps {
  rows: SegmentRow[];
  lang: string;
  sourceLang: string;
  activeId: string | null;
  editable: boolean;
  drafts: ReadonlyMap<string, string>;
  /** Segments whose unsaved text was restored after a reload. */
  restored: ReadonlySet<string>;
  saving: ReadonlySet<string>;
  /** Changes waiting in the offline queue (or refused by the server), by segment id. */
  queued: ReadonlyMap<string, QueuedChange>;
  focusToken: number;
  split: SplitControl | null;
  canMerge: boolean;
  highlight: GridHighlight | null;
  /** Segments selected for a batch approval; checkboxes show when `onToggleSelect` is given. */
  selected: ReadonlySet<string>;
  onToggleSelect?: (segmentId: string) => void;
  furniture: FurnitureControl;
  onActivate: (segmentId: string) => void;
  onChange: (segmentId: string, text: string) => void;
  onAction: (action: SegmentAction) => void;
}

/** Height of a rendered row; a row not laid out yet (0) keeps its estimate instead of collapsing. */
function measureRow(element: Element): number {
  const height = element.getBoundingClientRect().height;
  return height > 0 ? height : ESTIMATED_ROW_HEIGHT;
}

/**
 * The source | target grid. Virtualised: only the rows in view (plus a few) exist in the DOM, each
 * measured after render, so 10,000 segments scroll as smoothly as 10.
 */
export function SegmentGrid({
  rows,
  lang,
  sourceLang,
  activeId,
  editable,
  drafts,
  restored,
  saving,
  queued,
  focusToken,
  split,
  canMerge,
  highlight,
  selected,
  onToggleSelect,
  furniture,
  onActivate,
  onChange,
  onAction,
}: SegmentGridProps) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    measureElement: measureRow,
    getItemKey: (i) => rows[i].id,
    overscan: 6,
    // Before the first measurement (and in tests) assume a typical viewport rather than none.
    initialRect: { width: 1000, height: 720 },
  });
  const activePosition = activeId ? rows.findIndex((r) => r.id === activeId) : -1;

  useEffect(() => {
    if (activePosition >= 0) virtualizer.scrollToIndex(activePosition, { align: 'auto' });
  }, [activePosition, virtualizer]);

  return (
    <div className="grid" role="table" aria-label={t('editor:gridLabel')} aria-rowcount={rows.length + 1}>
      <div className="grid__head" role="row" aria-rowindex={1}>
        <span role="columnheader">#</span>
        <span role="columnheader">{t('editor:columns.source')}</span>
        <span role="columnheader">{t('editor:columns.target')}</span>
        <span role="columnheader">{t('editor:columns.status')}</span>
      </div>
      <div ref={scroller} className="grid__scroller" data-testid="segment-grid">
        {rows.length === 0 ? (
          <p className="empty">{t('editor:noSegments')}</p>
        ) : (
          <div className="grid__canvas" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = rows[item.index];
              return (
                <SegmentRowView
                  key={item.key}
                  row={row}
                  position={item.index}
                  lang={lang}
                  sourceLang={sourceLang}
                  active={row.id === activeId}
                  editable={editable}
                  draft={drafts.get(row.id)}
                  restored={restored.has(row.id)}
                  saving={saving.has(row.id)}
                  queued={queued.get(row.id)}
                  focusToken={row.id === activeId ? focusToken : 0}
                  split={row.id === activeId ? split : null}
                  canMerge={row.id === activeId && canMerge}
                  furniture={furniture}
                  offset={item.start}
                  tabStop={activePosition < 0 && item.index === 0}
                  highlight={highlight}
                  selected={selected.has(row.id)}
                  onToggleSelect={onToggleSelect}
                  measure={virtualizer.measureElement}
                  onActivate={onActivate}
                  onChange={onChange}
                  onAction={onAction}
                />
              );
            })}
          </div>
        )}
      </div>
    </div>
  );
}

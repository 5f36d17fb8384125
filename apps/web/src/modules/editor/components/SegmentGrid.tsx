import type { Language, SegmentRow, Translation } from '@interlinea/shared';
import type { QueuedChange } from '../../offline';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLatest } from '../hooks/use-latest';
import type { GridHighlight } from '../hooks/use-segment-filter';
import type { FurnitureControl } from '../hooks/use-furniture-switch';
import type { SegmentAction } from '../utils/segment-action';
import { SegmentRowView, type SplitControl } from './SegmentRowView';

const ESTIMATED_ROW_HEIGHT = 56;

/** A second edition shown as a column beside the page's edition. */
export interface SecondEditionColumn {
  lang: Language;
  /** Its translation per segment id; null while its list is loading. */
  translations: ReadonlyMap<string, Translation | null> | null;
  drafts: ReadonlyMap<string, string>;
  saving: ReadonlySet<string>;
  editable: boolean;
  /** Its column stands left of the page's edition (the translator's chosen order). */
  first: boolean;
}

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
  onActivate: (segmentId: string, lang: Language | null) => void;
  onChange: (segmentId: string, text: string) => void;
  onAction: (action: SegmentAction) => void;
  second?: SecondEditionColumn | null;
  /** The cursor is in the second edition's column of the active row. */
  inSecond?: boolean;
  onSecondChange?: (segmentId: string, text: string) => void;
  onFocusTarget?: (segmentId: string) => void;
}

/** Height of a rendered row; a row not laid out yet (0) keeps its estimate instead of collapsing. */
function measureRow(element: Element): number {
  const height = element.getBoundingClientRect().height;
  return height > 0 ? height : ESTIMATED_ROW_HEIGHT;
}

/**
 * The source | edition (| edition) grid. Virtualised: only the rows in view (plus a few) exist in the
 * DOM, each measured after render, so 10,000 segments scroll as smoothly as 10. The active row is
 * always rendered, even scrolled far out of view, so its editor keeps the keyboard focus.
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
  second = null,
  inSecond = false,
  onSecondChange,
  onFocusTarget,
}: SegmentGridProps) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const activePosition = activeId ? rows.findIndex((r) => r.id === activeId) : -1;
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (activePosition < 0 || activePosition >= range.count || indexes.includes(activePosition)) return indexes;
      return [...indexes, activePosition].sort((a, b) => a - b);
    },
    [activePosition],
  );
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    measureElement: measureRow,
    getItemKey: (i) => rows[i].id,
    overscan: 6,
    rangeExtractor,
    // Before the first measurement (and in tests) assume a typical viewport rather than none.
    initialRect: { width: 1000, height: 720 },
  });
  // A row activated by the pointer is already where the pointer is: scrolling it (to fit a now taller
  // row) between mousedown and click would move another row under the pointer, and the click that puts
  // the cursor in the translation would be lost.
  const pointed = useRef<string | null>(null);
  const latestActivate = useLatest(onActivate);
  const activateByPointer = useCallback(
    (segmentId: string, at: Language | null) => {
      pointed.current = segmentId;
      latestActivate.current(segmentId, at);
    },
    [latestActivate],
  );
  useEffect(() => {
    const byPointer = activeId !== null && pointed.current === activeId;
    pointed.current = null;
    if (activePosition >= 0 && !byPointer) virtualizer.scrollToIndex(activePosition, { align: 'auto' });
  }, [activePosition, activeId, virtualizer]);

  return (
    <div className={second ? 'grid grid--two-editions' : 'grid'} role="table" aria-label={t('editor:gridLabel')} aria-rowcount={rows.length + 1}>
      <div className="grid__head" role="row" aria-rowindex={1}>
        <span role="columnheader">#</span>
        <span role="columnheader">{second ? t('grid:sourceColumn', { edition: sourceLang.toUpperCase() }) : t('editor:columns.source')}</span>
        {second?.first && <EditionHeader lang={second.lang} cursor={inSecond} editable={second.editable} />}
        {second ? (
          <EditionHeader lang={lang as Language} cursor={!inSecond} editable={editable} />
        ) : (
          <span role="columnheader">{t('editor:columns.target')}</span>
        )}
        {second && !second.first && <EditionHeader lang={second.lang} cursor={inSecond} editable={second.editable} />}
        <span role="columnheader">{second ? t('grid:statusOf', { edition: lang.toUpperCase() }) : t('editor:columns.status')}</span>
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
                  onActivate={activateByPointer}
                  onChange={onChange}
                  onAction={onAction}
                  second={
                    second && {
                      lang: second.lang,
                      translation: second.translations ? (second.translations.get(row.id) ?? null) : undefined,
                      draft: second.drafts.get(row.id),
                      editable: second.editable,
                      saving: second.saving.has(row.id),
                    }
                  }
                  secondFirst={second?.first ?? false}
                  inSecond={inSecond}
                  onSecondChange={onSecondChange}
                  onFocusTarget={onFocusTarget}
                />
              );
            })}
          </div>
        )}
      </div>
    </div>
  );
}

/** The header of an edition's column: its language, marked while the cursor is in it, and when it is read-only. */
function EditionHeader({ lang, cursor, editable }: { lang: Language; cursor: boolean; editable: boolean }) {
  const { t } = useTranslation();
  return (
    <span role="columnheader" className={cursor ? 'grid__edition grid__edition--cursor' : 'grid__edition'} data-testid="edition-header" data-edition={lang}>
      {t(`common:language.${lang}`)} · {lang.toUpperCase()}
      {!editable && <span className="grid__readonly">{t('grid:readOnly')}</span>}
    </span>
  );
}

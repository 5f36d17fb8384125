import type { SegmentRow } from '@interlinea/shared';
import { useMemo, useState } from 'react';
import { applyPredicates, NO_FILTER, predicatesOf, textSearchOf, type QaSeverityOf, type SearchScope, type SegmentFilter } from '../utils/segment-filter';

/** Hits to mark in the grid's cells. */
export interface GridHighlight {
  pattern: RegExp;
  scope: SearchScope;
}

export interface SegmentFiltering {
  filter: SegmentFilter;
  /** The rows the grid shows, in document order. */
  visibleRows: SegmentRow[];
  /** The text search's hits to mark, null without a (valid) search. */
  highlight: GridHighlight | null;
  /** Why the text search cannot run (an invalid regular expression), else null. */
  searchError: string | null;
  /** Applies a filter; answers the ids it keeps (null: all). */
  choose: (next: SegmentFilter) => string[] | null;
  /** Back to every segment (after a split or merge renumbered them). */
  showAll: () => void;
}

/**
 * The filter bar: every criterion a predicate, all combined by AND. The shown ids are taken when the
 * filter is chosen: a segment does not vanish while you work on it, even when it no longer passes.
 */
export function useSegmentFilter(rows: SegmentRow[], rowById: ReadonlyMap<string, SegmentRow>, qaSeverity?: QaSeverityOf): SegmentFiltering {
  const [filter, setFilter] = useState<SegmentFilter>(NO_FILTER);
  const [filteredIds, setFilteredIds] = useState<string[] | null>(null);
  const visibleRows = useMemo(
    () => (filteredIds ? filteredIds.map((id) => rowById.get(id)).filter((r): r is SegmentRow => r !== undefined) : rows),
    [filteredIds, rowById, rows],
  );
  const search = useMemo(() => textSearchOf(filter.text), [filter.text]);
  const highlight = useMemo(() => (search.pattern ? { pattern: search.pattern, scope: filter.text.scope } : null), [search.pattern, filter.text.scope]);
  return {
    filter,
    visibleRows,
    highlight,
    searchError: search.error,
    choose: (next) => {
      setFilter(next);
      const predicates = predicatesOf(next, qaSeverity);
      const ids = predicates.length === 0 ? null : applyPredicates(rows, predicates).map((r) => r.id);
      setFilteredIds(ids);
      return ids;
    },
    showAll: () => {
      setFilter(NO_FILTER);
      setFilteredIds(null);
    },
  };
}

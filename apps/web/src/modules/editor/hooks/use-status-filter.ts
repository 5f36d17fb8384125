import type { SegmentRow } from '@interlinea/shared';
import { useMemo, useState } from 'react';
import { statusFilter, type StatusFilter } from '../utils/status-filter';

export interface StatusFiltering {
  filter: StatusFilter;
  /** The rows the grid shows, in document order. */
  visibleRows: SegmentRow[];
  /** Applies a filter; answers the ids it keeps (null: all). */
  choose: (next: StatusFilter) => string[] | null;
  /** Back to every segment (after a split or merge renumbered them). */
  showAll: () => void;
}

/**
 * The toolbar's status filter. The shown ids are taken when the filter is chosen: a segment does not
 * vanish while you work on it, even when its new status no longer passes.
 */
export function useStatusFilter(rows: SegmentRow[], rowById: ReadonlyMap<string, SegmentRow>): StatusFiltering {
  const [filter, setFilter] = useState<StatusFilter>('all');
  const [filteredIds, setFilteredIds] = useState<string[] | null>(null);
  const visibleRows = useMemo(
    () => (filteredIds ? filteredIds.map((id) => rowById.get(id)).filter((r): r is SegmentRow => r !== undefined) : rows),
    [filteredIds, rowById, rows],
  );
  return {
    filter,
    visibleRows,
    choose: (next) => {
      setFilter(next);
      const ids = next === 'all' ? null : rows.filter((r) => statusFilter.passes(r, next)).map((r) => r.id);
      setFilteredIds(ids);
      return ids;
    },
    showAll: () => {
      setFilter('all');
      setFilteredIds(null);
    },
  };
}

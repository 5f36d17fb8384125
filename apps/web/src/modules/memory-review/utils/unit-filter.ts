import type { MemoryUnitParams } from '../../../api/memory-review-api';

/** What the memory page's filter bar holds: strings as the inputs give them ("" = not set). */
export interface UnitFilter {
  q: string;
  mode: 'words' | 'phrase' | 'regex';
  in: 'both' | 'source' | 'target';
  source: string;
  target: string;
  origin: string;
  importId: string;
  author: string;
  from: string;
  to: string;
  trusted: '' | 'true' | 'false';
  retired: 'false' | 'true' | 'any';
  project: string;
  sort: 'relevance' | 'date';
}

export const PAGE_SIZE = 25;

export function initialFilter(source: string, target: string): UnitFilter {
  return {
    q: '',
    mode: 'words',
    in: 'both',
    source,
    target,
    origin: '',
    importId: '',
    author: '',
    from: '',
    to: '',
    trusted: '',
    retired: 'false',
    project: '',
    sort: 'relevance',
  };
}

/** The filter as the API's query parameters (and the bulk body's `filter`), without the empty ones. */
export function filterParams(filter: UnitFilter, extra: Record<string, string> = {}): MemoryUnitParams {
  const params: MemoryUnitParams = {};
  for (const [key, value] of Object.entries({ ...filter, ...extra })) if (value !== '') params[key] = value;
  // the sort is not a filter: a bulk action takes every unit the filters keep
  return params;
}

/** The filter without the sort: what a bulk action applies to. */
export function bulkFilter(filter: UnitFilter): MemoryUnitParams {
  const { sort: _sort, ...rest } = filterParams(filter);
  return rest;
}

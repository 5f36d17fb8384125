import type { MemoryUnitDetail } from '@interlinea/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { memoryReviewApi, type MemoryOwner } from '../../../api/memory-review-api';
import { PAGE_SIZE, filterParams, type UnitFilter } from '../utils/unit-filter';

/** One page of the memory's units for the filter (the previous page stays shown while the next loads). */
export function useMemoryUnits(owner: MemoryOwner, filter: UnitFilter, page: number) {
  const params = filterParams(filter, { page: String(page), pageSize: String(PAGE_SIZE) });
  return useQuery({
    queryKey: ['memory-units', owner, params],
    queryFn: ({ signal }) => memoryReviewApi.units(owner, params, signal),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

/** A unit's detail: variants, provenance, history. */
export function useMemoryUnit(id: number | null) {
  return useQuery<MemoryUnitDetail>({
    queryKey: ['memory-unit', id],
    queryFn: ({ signal }) => memoryReviewApi.unit(id!, signal),
    enabled: id !== null,
  });
}

export function useMemoryImports(owner: MemoryOwner) {
  return useQuery({ queryKey: ['memory-imports', owner], queryFn: ({ signal }) => memoryReviewApi.imports(owner, signal) });
}

import {
  memoryBulkResultSchema,
  memoryBulkUndoResultSchema,
  memoryConflictListSchema,
  memoryImportListSchema,
  memoryUnitDetailSchema,
  memoryUnitPageSchema,
  preferMemoryUnitResultSchema,
  type MemoryBulkResult,
  type MemoryBulkUndoResult,
  type MemoryConflictList,
  type MemoryImportList,
  type MemoryUnitDetail,
  type MemoryUnitPage,
  type PreferMemoryUnit,
  type PreferMemoryUnitResult,
  type UpdateMemoryUnit,
} from '@interlinea/shared';
import { http } from './http';

/** Whose memory a page looks after: one project's, or the shared memory (null). */
export type MemoryOwner = string | null;

const base = (owner: MemoryOwner) => (owner ? `/api/projects/${encodeURIComponent(owner)}/memory` : '/api/memory');

/** A unit filter as the API reads it: query parameters (the bulk body takes the same fields). */
export type MemoryUnitParams = Record<string, string>;

/** The memory page: units, their detail and changes, bulk actions, conflicts. */
export const memoryReviewApi = {
  units: (owner: MemoryOwner, params: MemoryUnitParams, signal?: AbortSignal): Promise<MemoryUnitPage> =>
    http.json(`${base(owner)}/units?${new URLSearchParams(params).toString()}`, memoryUnitPageSchema, { signal }),
  imports: (owner: MemoryOwner, signal?: AbortSignal): Promise<MemoryImportList> => http.json(`${base(owner)}/imports`, memoryImportListSchema, { signal }),
  unit: (id: number, signal?: AbortSignal): Promise<MemoryUnitDetail> => http.json(`/api/memory/units/${id}`, memoryUnitDetailSchema, { signal }),
  update: (id: number, body: UpdateMemoryUnit): Promise<MemoryUnitDetail> =>
    http.json(`/api/memory/units/${id}`, memoryUnitDetailSchema, { method: 'PATCH', body }),
  remove: (id: number): Promise<void> => http.void(`/api/memory/units/${id}`, { method: 'DELETE' }),
  bulk: (owner: MemoryOwner, body: { filter: MemoryUnitParams; action: MemoryBulkResult['action']; dryRun: boolean }): Promise<MemoryBulkResult> =>
    http.json(`${base(owner)}/units/bulk`, memoryBulkResultSchema, { method: 'POST', body }),
  undo: (owner: MemoryOwner, batchId: number): Promise<MemoryBulkUndoResult> =>
    http.json(`${base(owner)}/units/bulk/${batchId}/undo`, memoryBulkUndoResultSchema, { method: 'POST' }),
  conflicts: (owner: MemoryOwner, params: MemoryUnitParams, signal?: AbortSignal): Promise<MemoryConflictList> =>
    http.json(`${base(owner)}/conflicts?${new URLSearchParams(params).toString()}`, memoryConflictListSchema, { signal }),
  prefer: (id: number, body: PreferMemoryUnit): Promise<PreferMemoryUnitResult> =>
    http.json(`/api/memory/units/${id}/prefer`, preferMemoryUnitResultSchema, { method: 'POST', body }),
};

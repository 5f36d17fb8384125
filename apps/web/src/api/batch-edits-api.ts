import {
  batchApproveResultSchema,
  replaceResultSchema,
  undoResultSchema,
  type BatchApproveRequest,
  type BatchApproveResult,
  type ReplaceRequest,
  type ReplaceResult,
  type UndoResult,
} from '@interlinea/shared';
import { http } from './http';

const documentPath = (documentId: string) => `/api/documents/${encodeURIComponent(documentId)}`;

/** Edits of many segments of an edition at once: search and replace (and its undo), batch approval. */
export const batchEditsApi = {
  replace: (documentId: string, body: ReplaceRequest): Promise<ReplaceResult> =>
    http.json(`${documentPath(documentId)}/replace`, replaceResultSchema, { method: 'POST', body }),
  undoReplace: (documentId: string, batchId: string): Promise<UndoResult> =>
    http.json(`${documentPath(documentId)}/replace/${encodeURIComponent(batchId)}/undo`, undoResultSchema, { method: 'POST' }),
  approve: (documentId: string, body: BatchApproveRequest): Promise<BatchApproveResult> =>
    http.json(`${documentPath(documentId)}/approve`, batchApproveResultSchema, { method: 'POST', body }),
};

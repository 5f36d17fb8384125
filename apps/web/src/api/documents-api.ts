import { documentSummarySchema, type DocumentSummary, type ExportQuery, type ImportResult } from '@interlinea/shared';
import { z } from 'zod';
import { http } from './http';
import { uploadDocument, type UploadOptions } from './upload-document';

/** A file the browser can save: the body plus the name from Content-Disposition. */
export interface DownloadedFile {
  blob: Blob;
  fileName: string;
}

export function fileNameFrom(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1] : fallback;
}

/** `/api/projects/:id/documents` and `/api/documents/:id`: import, list and export documents. */
export const documentsApi = {
  list: (projectId: string): Promise<DocumentSummary[]> =>
    http.json(`/api/projects/${encodeURIComponent(projectId)}/documents`, z.array(documentSummarySchema)),
  get: (documentId: string): Promise<DocumentSummary> => http.json(`/api/documents/${encodeURIComponent(documentId)}`, documentSummarySchema),
  /** The document without its progress counts (`progress: []`): quicker, for the editor, which counts its own. */
  getWithoutProgress: (documentId: string): Promise<DocumentSummary> =>
    http.json(`/api/documents/${encodeURIComponent(documentId)}?progress=false`, documentSummarySchema),
  /** One file, with upload progress (XMLHttpRequest underneath). */
  upload: (projectId: string, file: File, options?: UploadOptions): Promise<ImportResult> => uploadDocument(projectId, file, options),
  export: async (documentId: string, query: Required<Omit<ExportQuery, 'overrideQa'>> & { overrideQa?: boolean }): Promise<DownloadedFile> => {
    const params = new URLSearchParams({ lang: query.lang, format: query.format, unapproved: query.unapproved, furniture: query.furniture });
    if (query.overrideQa) params.set('overrideQa', 'true');
    const response = await http.send(`/api/documents/${encodeURIComponent(documentId)}/export?${params.toString()}`);
    const blob = await response.blob();
    return { blob, fileName: fileNameFrom(response.headers.get('Content-Disposition'), `export.${query.lang}.${query.format}`) };
  },
};

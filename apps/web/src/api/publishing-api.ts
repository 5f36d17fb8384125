import { exportPreviewSchema, type ExportFormat, type ExportPreview, type ExportQuery, type Language, type UnapprovedPolicy } from '@interlinea/shared';
import { fileNameFrom, type DownloadedFile } from './documents-api';
import { http } from './http';

export interface ParallelExportRequest {
  langs: Language[];
  format: 'html' | 'docx';
  unapproved: 'translation' | 'source';
  overrideQa?: boolean;
}

export interface AllEditionsRequest {
  /** Each edition in the document's own format (absent) or as XLIFF. */
  format?: ExportFormat;
  unapproved: UnapprovedPolicy;
  furniture: ExportQuery['furniture'];
  overrideQa?: boolean;
}

async function download(path: string, params: URLSearchParams, fallback: string): Promise<DownloadedFile> {
  const response = await http.send(`${path}?${params.toString()}`);
  const blob = await response.blob();
  return { blob, fileName: fileNameFrom(response.headers.get('Content-Disposition'), fallback) };
}

/** The publisher's exports: what an export would publish, parallel editions, every edition in a ZIP. */
export const publishingApi = {
  preview: (documentId: string, lang: Language, unapproved: UnapprovedPolicy, signal?: AbortSignal): Promise<ExportPreview> =>
    http.json(`/api/documents/${encodeURIComponent(documentId)}/export/preview?${new URLSearchParams({ lang, unapproved }).toString()}`, exportPreviewSchema, {
      signal,
    }),
  parallel: (documentId: string, request: ParallelExportRequest): Promise<DownloadedFile> => {
    const params = new URLSearchParams({ langs: request.langs.join(','), format: request.format, unapproved: request.unapproved });
    if (request.overrideQa) params.set('overrideQa', 'true');
    return download(`/api/documents/${encodeURIComponent(documentId)}/export/parallel`, params, `parallel.${request.format}`);
  },
  all: (documentId: string, request: AllEditionsRequest): Promise<DownloadedFile> => {
    const params = new URLSearchParams({ unapproved: request.unapproved, furniture: request.furniture });
    if (request.format) params.set('format', request.format);
    if (request.overrideQa) params.set('overrideQa', 'true');
    return download(`/api/documents/${encodeURIComponent(documentId)}/export/all`, params, 'editions.zip');
  },
};

import {
  analysisSchema,
  concordanceResponseSchema,
  memorySettingsSchema,
  tmxImportResultSchema,
  type Analysis,
  type ConcordanceResponse,
  type Language,
  type MemoryScope,
  type MemorySettings,
  type TmxExportQuery,
  type TmxImportResult,
} from '@interlinea/shared';
import { http } from './http';
import { uploadForm, type UploadFormOptions } from './upload-form';

const projectPath = (projectId: string): string => `/api/projects/${encodeURIComponent(projectId)}/memory`;

/** The translation memory of a project: concordance, settings, TMX exchange, analysis. */
export const memoryApi = {
  search: (projectId: string, q: string, lang: Language, signal?: AbortSignal): Promise<ConcordanceResponse> =>
    http.json(`${projectPath(projectId)}/search?${new URLSearchParams({ q, lang }).toString()}`, concordanceResponseSchema, { signal }),
  settings: (projectId: string, signal?: AbortSignal): Promise<MemorySettings> => http.json(`${projectPath(projectId)}/settings`, memorySettingsSchema, { signal }),
  updateSettings: (projectId: string, body: MemorySettings): Promise<MemorySettings> =>
    http.json(`${projectPath(projectId)}/settings`, memorySettingsSchema, { method: 'PUT', body }),
  importTmx: (projectId: string, file: File, scope: MemoryScope, options?: UploadFormOptions): Promise<TmxImportResult> => {
    const form = new FormData();
    form.append('file', file);
    return uploadForm(`${projectPath(projectId)}/import?scope=${scope}`, form, tmxImportResultSchema, options);
  },
  /** A plain link: the browser downloads the TMX with the session cookie. */
  exportUrl: (projectId: string, query: TmxExportQuery): string =>
    `${projectPath(projectId)}/export?${new URLSearchParams({ source: query.source, target: query.target, scope: query.scope }).toString()}`,
  analysis: (documentId: string, lang: Language, signal?: AbortSignal): Promise<Analysis> =>
    http.json(`/api/documents/${encodeURIComponent(documentId)}/analysis?lang=${lang}`, analysisSchema, { signal }),
  analysisCsvUrl: (documentId: string, lang: Language): string => `/api/documents/${encodeURIComponent(documentId)}/analysis?lang=${lang}&format=csv`,
};

import {
  analysisSchema,
  concordanceResponseSchema,
  memorySettingsSchema,
  tmxImportProgressSchema,
  tmxImportResultSchema,
  type Analysis,
  type ConcordanceResponse,
  type Language,
  type MemoryScope,
  type MemorySettings,
  type MemorySettingsUpdate,
  type TmxExportQuery,
  type TmxImportProgress,
  type TmxImportResult,
} from '@interlinea/shared';
import { ApiRequestError } from './api-request-error';
import { http } from './http';
import { uploadForm, type UploadFormOptions } from './upload-form';

const projectPath = (projectId: string): string => `/api/projects/${encodeURIComponent(projectId)}/memory`;

/** The translation memory of a project: concordance, settings, TMX exchange, analysis. */
export const memoryApi = {
  search: (projectId: string, q: string, lang: Language, signal?: AbortSignal, partial = false): Promise<ConcordanceResponse> =>
    http.json(
      `${projectPath(projectId)}/search?${new URLSearchParams(partial ? { q, lang, partial: 'true' } : { q, lang }).toString()}`,
      concordanceResponseSchema,
      {
        signal,
      },
    ),
  settings: (projectId: string, signal?: AbortSignal): Promise<MemorySettings> =>
    http.json(`${projectPath(projectId)}/settings`, memorySettingsSchema, { signal }),
  updateSettings: (projectId: string, body: MemorySettingsUpdate): Promise<MemorySettings> =>
    http.json(`${projectPath(projectId)}/settings`, memorySettingsSchema, { method: 'PUT', body }),
  /** `progress`: a token to follow the reading of the file with (`importProgress`). */
  importTmx: (projectId: string, file: File, scope: MemoryScope, options: UploadFormOptions & { progress?: string } = {}): Promise<TmxImportResult> => {
    const form = new FormData();
    form.append('file', file);
    const query = new URLSearchParams({ scope, ...(options.progress ? { progress: options.progress } : {}) });
    return uploadForm(`${projectPath(projectId)}/import?${query.toString()}`, form, tmxImportResultSchema, options);
  },
  /** How far the server has read an uploaded file; null when it does not know the token (not yet, or no longer). */
  importProgress: async (projectId: string, token: string): Promise<TmxImportProgress | null> => {
    try {
      return await http.json(`${projectPath(projectId)}/import/progress/${encodeURIComponent(token)}`, tmxImportProgressSchema);
    } catch (error) {
      if (error instanceof ApiRequestError && error.status === 404) return null;
      throw error;
    }
  },
  /** A plain link: the browser downloads the TMX with the session cookie. */
  exportUrl: (projectId: string, query: TmxExportQuery): string =>
    `${projectPath(projectId)}/export?${new URLSearchParams({ source: query.source, target: query.target, scope: query.scope }).toString()}`,
  analysis: (documentId: string, lang: Language, signal?: AbortSignal): Promise<Analysis> =>
    http.json(`/api/documents/${encodeURIComponent(documentId)}/analysis?lang=${lang}`, analysisSchema, { signal }),
  analysisCsvUrl: (documentId: string, lang: Language): string => `/api/documents/${encodeURIComponent(documentId)}/analysis?lang=${lang}&format=csv`,
};

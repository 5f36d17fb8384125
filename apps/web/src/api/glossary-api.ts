import {
  glossaryImportResultSchema,
  glossaryTermSchema,
  segmentGlossarySchema,
  type CreateGlossaryTermRequest,
  type GlossaryImportRequest,
  type GlossaryImportResult,
  type GlossaryTerm,
  type Language,
  type SegmentGlossary,
  type UpdateGlossaryTermRequest,
} from '@interlinea/shared';
import { z } from 'zod';
import { http } from './http';
import { uploadForm } from './upload-form';

const projectPath = (projectId: string): string => `/api/projects/${encodeURIComponent(projectId)}/glossary`;

/** Project glossaries: terms per language pair, CSV/TBX exchange, and the terms of one segment. */
export const glossaryApi = {
  list: (projectId: string, source: Language, target: Language, signal?: AbortSignal): Promise<GlossaryTerm[]> =>
    http.json(`${projectPath(projectId)}?source=${source}&target=${target}`, z.array(glossaryTermSchema), { signal }),
  create: (projectId: string, body: CreateGlossaryTermRequest): Promise<GlossaryTerm> =>
    http.json(projectPath(projectId), glossaryTermSchema, { method: 'POST', body }),
  update: (termId: string, body: UpdateGlossaryTermRequest): Promise<GlossaryTerm> =>
    http.json(`/api/glossary/${encodeURIComponent(termId)}`, glossaryTermSchema, { method: 'PATCH', body }),
  remove: (termId: string): Promise<void> => http.void(`/api/glossary/${encodeURIComponent(termId)}`, { method: 'DELETE' }),
  import: (projectId: string, file: File, request: GlossaryImportRequest): Promise<GlossaryImportResult> => {
    const form = new FormData();
    form.append('file', file);
    form.append('sourceLanguage', request.sourceLanguage);
    form.append('targetLanguage', request.targetLanguage);
    if (request.format) form.append('format', request.format);
    return uploadForm(`${projectPath(projectId)}/import`, form, glossaryImportResultSchema);
  },
  exportUrl: (projectId: string, format: 'csv' | 'tbx', source: Language, target: Language): string =>
    `${projectPath(projectId)}/export?format=${format}&source=${source}&target=${target}`,
  forSegment: (segmentId: string, lang: Language, signal?: AbortSignal): Promise<SegmentGlossary> =>
    http.json(`/api/segments/${encodeURIComponent(segmentId)}/glossary?lang=${lang}`, segmentGlossarySchema, { signal }),
};

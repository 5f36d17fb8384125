import {
  alignmentCommitResultSchema,
  alignmentSchema,
  alignmentSummarySchema,
  type Alignment,
  type AlignmentCommitRequest,
  type AlignmentCommitResult,
  type AlignmentEditRequest,
  type AlignmentSummary,
  type Language,
} from '@interlinea/shared';
import { z } from 'zod';
import { http } from './http';
import { uploadForm, type UploadFormOptions } from './upload-form';

const alignmentPath = (id: string) => `/api/alignments/${encodeURIComponent(id)}`;

/** Alignments of earlier published editions: upload, review edits, commit. */
export const alignmentApi = {
  list: (projectId: string, signal?: AbortSignal): Promise<AlignmentSummary[]> =>
    http.json(`/api/projects/${encodeURIComponent(projectId)}/alignments`, z.array(alignmentSummarySchema), { signal }),
  get: (id: string, signal?: AbortSignal): Promise<Alignment> => http.json(alignmentPath(id), alignmentSchema, { signal }),
  upload: (
    projectId: string,
    editions: Array<{ file: File; language: Language }>,
    title: string,
    machineTranslation: boolean,
    options?: UploadFormOptions,
  ): Promise<Alignment> => {
    const form = new FormData();
    for (const e of editions) form.append('files', e.file);
    form.append('languages', editions.map((e) => e.language).join(','));
    if (title.trim()) form.append('title', title.trim());
    form.append('machineTranslation', String(machineTranslation));
    return uploadForm(`/api/projects/${encodeURIComponent(projectId)}/alignments`, form, alignmentSchema, options);
  },
  edit: (id: string, body: AlignmentEditRequest): Promise<Alignment> => http.json(`${alignmentPath(id)}/edits`, alignmentSchema, { method: 'POST', body }),
  commit: (id: string, body: AlignmentCommitRequest): Promise<AlignmentCommitResult> =>
    http.json(`${alignmentPath(id)}/commit`, alignmentCommitResultSchema, { method: 'POST', body }),
};

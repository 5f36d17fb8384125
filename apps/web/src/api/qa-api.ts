import {
  qaEditionContextSchema,
  qaIgnoreSchema,
  qaReportFindingSchema,
  qaSettingsSchema,
  type Language,
  type QaEditionContext,
  type QaIgnore,
  type QaIgnoreRequest,
  type QaReportFinding,
  type QaSettings,
  type UpdateQaSettings,
} from '@interlinea/shared';
import { z } from 'zod';
import { http } from './http';

const documentPath = (documentId: string): string => `/api/documents/${encodeURIComponent(documentId)}`;

/** QA of an edition: the report, what the editor needs to check while typing, ignores and project settings. */
export const qaApi = {
  report: (documentId: string, lang: Language, signal?: AbortSignal): Promise<QaReportFinding[]> =>
    http.json(`${documentPath(documentId)}/qa?lang=${lang}`, z.array(qaReportFindingSchema), { signal }),
  context: (documentId: string, lang: Language, signal?: AbortSignal): Promise<QaEditionContext> =>
    http.json(`${documentPath(documentId)}/qa/context?lang=${lang}`, qaEditionContextSchema, { signal }),
  ignore: (segmentId: string, body: QaIgnoreRequest): Promise<QaIgnore> =>
    http.json(`/api/segments/${encodeURIComponent(segmentId)}/qa-ignores`, qaIgnoreSchema, { method: 'POST', body }),
  unignore: (segmentId: string, { language, code }: QaIgnoreRequest): Promise<void> =>
    http.void(`/api/segments/${encodeURIComponent(segmentId)}/qa-ignores?language=${language}&code=${code}`, { method: 'DELETE' }),
  settings: (projectId: string, signal?: AbortSignal): Promise<QaSettings> =>
    http.json(`/api/projects/${encodeURIComponent(projectId)}/qa-settings`, qaSettingsSchema, { signal }),
  updateSettings: (projectId: string, body: UpdateQaSettings): Promise<QaSettings> =>
    http.json(`/api/projects/${encodeURIComponent(projectId)}/qa-settings`, qaSettingsSchema, { method: 'PATCH', body }),
};

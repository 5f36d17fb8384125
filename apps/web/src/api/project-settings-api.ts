import {
  postEditingStatisticsSchema,
  projectLanguageSettingsSchema,
  type Language,
  type PostEditingStatistics,
  type ProjectLanguageSettings,
  type UpdateProjectLanguageRequest,
} from '@interlinea/shared';
import { z } from 'zod';
import { http } from './http';

const projectPath = (projectId: string): string => `/api/projects/${encodeURIComponent(projectId)}`;

/** Per-edition settings of a project (formality, pivot edition) and its post-editing statistics. */
export const projectSettingsApi = {
  languages: (projectId: string, signal?: AbortSignal): Promise<ProjectLanguageSettings[]> =>
    http.json(`${projectPath(projectId)}/languages`, z.array(projectLanguageSettingsSchema), { signal }),
  updateLanguage: (projectId: string, lang: Language, body: UpdateProjectLanguageRequest): Promise<ProjectLanguageSettings> =>
    http.json(`${projectPath(projectId)}/languages/${lang}`, projectLanguageSettingsSchema, { method: 'PATCH', body }),
  postEditing: (projectId: string, signal?: AbortSignal): Promise<PostEditingStatistics> =>
    http.json(`${projectPath(projectId)}/statistics/post-editing`, postEditingStatisticsSchema, { signal }),
};

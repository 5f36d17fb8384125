import { projectDashboardSchema, type ProjectDashboard } from '@interlinea/shared';
import { http } from './http';

/** `GET /api/projects/:id/dashboard`: progress, activity per day and contributors of a project. */
export const dashboardApi = {
  get: (projectId: string, weeks: number, signal?: AbortSignal): Promise<ProjectDashboard> =>
    http.json(`/api/projects/${encodeURIComponent(projectId)}/dashboard?weeks=${weeks}`, projectDashboardSchema, { signal }),
};

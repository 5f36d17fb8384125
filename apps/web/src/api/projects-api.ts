import { projectSummarySchema, type CreateProjectRequest, type ProjectSummary } from '@interlinea/shared';
import { z } from 'zod';
import { http } from './http';

/** `/api/projects`: the projects I belong to. */
export const projectsApi = {
  list: (): Promise<ProjectSummary[]> => http.json('/api/projects', z.array(projectSummarySchema)),
  get: (id: string): Promise<ProjectSummary> => http.json(`/api/projects/${encodeURIComponent(id)}`, projectSummarySchema),
  /** The project without its progress counts (`progress: []`): quicker, for the editor. */
  getWithoutProgress: (id: string): Promise<ProjectSummary> => http.json(`/api/projects/${encodeURIComponent(id)}?progress=false`, projectSummarySchema),
  create: (body: CreateProjectRequest): Promise<ProjectSummary> => http.json('/api/projects', projectSummarySchema, { method: 'POST', body }),
};

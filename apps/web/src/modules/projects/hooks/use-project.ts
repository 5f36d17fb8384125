import type { ProjectSummary } from '@interlinea/shared';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { projectQuery } from '../utils/project-query';

/** One project with the user's roles in it; disabled until the id is known. */
export function useProject(projectId: string | undefined): UseQueryResult<ProjectSummary> {
  return useQuery({ ...projectQuery(projectId ?? ''), enabled: Boolean(projectId) });
}

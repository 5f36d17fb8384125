import type { ProjectSummary } from '@interlinea/shared';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { projectsApi } from '../../../api/projects-api';

/** One project with the user's roles in it; disabled until the id is known. */
export function useProject(projectId: string | undefined): UseQueryResult<ProjectSummary> {
  return useQuery({
    queryKey: ['projects', projectId],
    queryFn: () => projectsApi.get(projectId ?? ''),
    enabled: Boolean(projectId),
  });
}

import type { ProjectSummary } from '@interlinea/shared';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { projectsApi } from '../../../api/projects-api';

/** The projects the signed-in user belongs to, with progress per edition. */
export function useProjects(): UseQueryResult<ProjectSummary[]> {
  return useQuery({ queryKey: ['projects'], queryFn: projectsApi.list });
}

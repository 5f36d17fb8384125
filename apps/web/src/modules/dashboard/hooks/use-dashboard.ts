import type { ProjectDashboard } from '@interlinea/shared';
import { keepPreviousData, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { dashboardApi } from '../../../api/dashboard-api';

/** The project's dashboard over the last `weeks` weeks; the previous answer stays shown while another period loads. */
export function useDashboard(projectId: string, weeks: number): UseQueryResult<ProjectDashboard> {
  return useQuery({
    queryKey: ['dashboard', projectId, weeks],
    queryFn: ({ signal }) => dashboardApi.get(projectId, weeks, signal),
    placeholderData: keepPreviousData,
  });
}

import type { CreateProjectRequest, ProjectSummary } from '@interlinea/shared';
import { useMutation, useQueryClient, type UseMutationResult } from '@tanstack/react-query';
import { projectsApi } from '../../../api/projects-api';
import { meQueryKey } from '../../session';

/** Creates a project; the list and the user's roles (creator becomes manager) are fetched again. */
export function useCreateProject(): UseMutationResult<ProjectSummary, Error, CreateProjectRequest> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: projectsApi.create,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['projects'] });
      void queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
  });
}

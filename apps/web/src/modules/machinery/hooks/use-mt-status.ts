import type { MachineTranslationStatus } from '@interlinea/shared';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { machineryApi } from '../../../api/machinery-api';

export const mtStatusQueryKey = (projectId: string) => ['mt-status', projectId] as const;

/** Whether DeepL is on for the project; asked once per project and kept for a few minutes. */
export function useMtStatus(projectId: string): UseQueryResult<MachineTranslationStatus> {
  return useQuery({
    queryKey: mtStatusQueryKey(projectId),
    queryFn: ({ signal }) => machineryApi.status(projectId, signal),
    staleTime: 5 * 60_000,
  });
}

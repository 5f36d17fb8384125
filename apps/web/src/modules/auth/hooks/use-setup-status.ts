import type { SetupStatus } from '@interlinea/shared';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { authApi } from '../../../api/auth-api';

/** Whether this install still needs its first admin account. */
export function useSetupStatus(): UseQueryResult<SetupStatus> {
  return useQuery({ queryKey: ['auth', 'setup'], queryFn: authApi.setupStatus, retry: false, staleTime: Infinity });
}

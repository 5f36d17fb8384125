import type { Me } from '@interlinea/shared';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { authApi } from '../../../api/auth-api';
import { meQueryKey } from '../utils/me-query-key';

/** The signed-in user with their roles; errors with status 401 when nobody is signed in. */
export function useMe(): UseQueryResult<Me> {
  return useQuery({ queryKey: meQueryKey, queryFn: authApi.me, retry: false, staleTime: 60_000 });
}

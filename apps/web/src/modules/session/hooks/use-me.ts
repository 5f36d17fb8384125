import type { Me } from '@interlinea/shared';
import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { authApi } from '../../../api/auth-api';
import { meQueryKey } from '../utils/me-query-key';

/** Who is signed in (the app asks it before anything else; the editor's early start asks it first). */
export const meQuery = () => queryOptions({ queryKey: meQueryKey, queryFn: authApi.me, retry: false, staleTime: 60_000 });

/** The signed-in user with their roles; errors with status 401 when nobody is signed in. */
export function useMe(): UseQueryResult<Me> {
  return useQuery(meQuery());
}

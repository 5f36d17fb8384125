import { QueryClient } from '@tanstack/react-query';
import { ApiRequestError } from '../api/api-request-error';

/** Server state cache: no retries on answers that will not change (4xx), one on network trouble. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (count, error) => !(error instanceof ApiRequestError && error.status >= 400 && error.status < 500) && count < 1,
        refetchOnWindowFocus: false,
        staleTime: 10_000,
      },
      mutations: { retry: false },
    },
  });
}

import { QueryClient } from '@tanstack/react-query';
import { ApiRequestError } from '../api/api-request-error';

/**
 * Server state cache: no retries on answers that will not change (4xx), one on network trouble.
 * Offline, the first try still goes out (the service worker may answer it from what it kept to open
 * the editor); a retry waits for the connection.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (count, error) => !(error instanceof ApiRequestError && error.status >= 400 && error.status < 500) && count < 1,
        refetchOnWindowFocus: false,
        staleTime: 10_000,
        networkMode: 'offlineFirst',
      },
      mutations: { retry: false },
    },
  });
}

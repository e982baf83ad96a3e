import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/problem';

/**
 * The data-fetching convention: every read is a TanStack query whose key starts with the API
 * resource, fresh for 30 s, retried only when the failure might pass (not 4xx).
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (count, error) =>
          !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
      },
    },
  });
}

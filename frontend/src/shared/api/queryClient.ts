import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { errorKind } from './errors';

interface QueryClientOptions {
  /** Called when the API rejects the token (expired session): the auth layer signs in again. */
  onUnauthorized?: () => void;
  retry?: boolean;
}

export function createQueryClient({ onUnauthorized, retry = true }: QueryClientOptions = {}): QueryClient {
  const handle = (error: unknown) => {
    if (errorKind(error) === 'unauthorized') onUnauthorized?.();
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError: handle }),
    mutationCache: new MutationCache({ onError: handle }),
    defaultOptions: {
      queries: {
        // Only a lost connection or a restarting backend is worth retrying; 4xx answers will not change.
        retry: (failureCount, error) =>
          retry && failureCount < 2 && ['connection', 'unavailable'].includes(errorKind(error)),
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}

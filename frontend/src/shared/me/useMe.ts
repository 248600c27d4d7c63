import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../api/ApiClientProvider';
import { unwrap } from '../api/errors';

export const meQueryKey = ['me'] as const;

export function useMeQuery() {
  const client = useApiClient();
  return useQuery({
    queryKey: meQueryKey,
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/me', { signal })),
    staleTime: 5 * 60_000,
  });
}

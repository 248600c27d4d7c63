// The indicator catalogue as features choose from it (analytics, campaigns, imports); editing it is the indicators feature's.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../api/ApiClientProvider';
import { unwrap } from '../api/errors';
import type { QueryOf } from '../api/types';

export type IndicatorsQuery = QueryOf<'listIndicators'>;

export const indicatorKeys = {
  all: ['indicators'] as const,
  list: (query: IndicatorsQuery) => ['indicators', 'list', query] as const,
  groups: ['indicators', 'groups'] as const,
  dimensions: ['indicators', 'dimensions'] as const,
};

export function useIndicators(query: IndicatorsQuery = {}, enabled = true) {
  const client = useApiClient();
  return useQuery({
    queryKey: indicatorKeys.list(query),
    enabled,
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) =>
      unwrap(
        client.GET('/api/v1/indicators', {
          params: {
            query: {
              group: query.group || undefined,
              q: query.q || undefined,
              includeArchived: query.includeArchived || undefined,
            },
          },
          signal,
        }),
      ),
  });
}

export function useIndicatorGroups(enabled = true) {
  const client = useApiClient();
  return useQuery({
    queryKey: indicatorKeys.groups,
    enabled,
    staleTime: Infinity,
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/indicator-groups', { signal })),
  });
}

export function useIndicatorDimensions(enabled = true) {
  const client = useApiClient();
  return useQuery({
    queryKey: indicatorKeys.dimensions,
    enabled,
    staleTime: Infinity,
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/indicator-dimensions', { signal })),
  });
}

import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../shared/api/ApiClientProvider';
import { unwrap } from '../../shared/api/errors';
import type { IndicatorInput, IndicatorTarget, QueryOf } from '../../shared/api/types';

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

export function useCreateIndicator() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: IndicatorInput) => unwrap(client.POST('/api/v1/indicators', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: indicatorKeys.all }),
  });
}

export function useUpdateIndicator() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ indicatorId, body }: { indicatorId: number; body: IndicatorInput }) =>
      unwrap(client.PUT('/api/v1/indicators/{indicatorId}', { params: { path: { indicatorId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: indicatorKeys.all }),
  });
}

export function useSetTargets() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ indicatorId, targets, version }: { indicatorId: number; targets: IndicatorTarget[]; version: number }) =>
      unwrap(client.PUT('/api/v1/indicators/{indicatorId}/targets', { params: { path: { indicatorId } }, body: { targets, version } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: indicatorKeys.all }),
  });
}

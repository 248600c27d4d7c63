import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../shared/api/ApiClientProvider';
import { unwrap } from '../../shared/api/errors';
import type { RecommendationInput, RecommendationTransition, RecommendationUpdate } from '../../shared/api/types';

export interface RecommendationsQuery {
  addressed?: boolean;
  overdue?: boolean;
  status?: 'ISSUED' | 'ANSWERED' | 'DONE' | 'WITHDRAWN';
  page: number;
  size: number;
}

export const recommendationKeys = {
  all: ['recommendations'] as const,
  list: (query: RecommendationsQuery) => ['recommendations', 'list', query] as const,
  one: (id: number) => ['recommendations', 'one', id] as const,
  history: (id: number) => ['recommendations', 'history', id] as const,
};

export function useRecommendations(query: RecommendationsQuery) {
  const client = useApiClient();
  return useQuery({
    queryKey: recommendationKeys.list(query),
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) =>
      unwrap(
        client.GET('/api/v1/recommendations', {
          params: {
            query: { addressed: query.addressed, overdue: query.overdue, status: query.status, page: query.page, size: query.size },
          },
          signal,
        }),
      ),
  });
}

export function useRecommendation(id: number) {
  const client = useApiClient();
  return useQuery({
    queryKey: recommendationKeys.one(id),
    queryFn: ({ signal }) =>
      unwrap(client.GET('/api/v1/recommendations/{recommendationId}', { params: { path: { recommendationId: id } }, signal })),
  });
}

export function useRecommendationHistory(id: number) {
  const client = useApiClient();
  return useQuery({
    queryKey: recommendationKeys.history(id),
    queryFn: ({ signal }) =>
      unwrap(
        client.GET('/api/v1/recommendations/{recommendationId}/history', { params: { path: { recommendationId: id } }, signal }),
      ),
  });
}

export function useMe() {
  const client = useApiClient();
  return useQuery({
    queryKey: ['me'],
    staleTime: 5 * 60_000,
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/me', { signal })),
  });
}

/** The schools an issuer may address: the caller's schools, or a curator's assigned ones. */
export function useAddresseeSchools(curator: boolean, enabled: boolean) {
  const client = useApiClient();
  return useQuery({
    queryKey: ['recommendations', 'schools', curator],
    enabled,
    queryFn: async ({ signal }) => {
      if (curator) {
        const page = await unwrap(client.GET('/api/v1/curator-assignments', { params: { query: { size: 100 } }, signal }));
        return page.items.filter((a) => a.allowed.includes('RECOMMEND')).map((a) => ({ id: a.school.id, name: a.school.name }));
      }
      const page = await unwrap(client.GET('/api/v1/schools', { params: { query: { size: 100 } }, signal }));
      return page.items.map((s) => ({ id: s.id, name: s.shortName }));
    },
  });
}

export function useMunicipalities(regionId: number, enabled: boolean) {
  const client = useApiClient();
  return useQuery({
    queryKey: ['recommendations', 'municipalities', regionId],
    enabled,
    queryFn: ({ signal }) =>
      unwrap(client.GET('/api/v1/regions/{regionId}/municipalities', { params: { path: { regionId } }, signal })),
  });
}

function useInvalidate() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: recommendationKeys.all });
    void queryClient.invalidateQueries({ queryKey: ['attention'] });
  };
}

export function useCreateRecommendation() {
  const client = useApiClient();
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: RecommendationInput) => unwrap(client.POST('/api/v1/recommendations', { body })),
    onSuccess: invalidate,
  });
}

export function useUpdateRecommendation(id: number) {
  const client = useApiClient();
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: RecommendationUpdate) =>
      unwrap(client.PUT('/api/v1/recommendations/{recommendationId}', { params: { path: { recommendationId: id } }, body })),
    onSuccess: invalidate,
  });
}

export function useRecommendationTransition(id: number) {
  const client = useApiClient();
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: RecommendationTransition) =>
      unwrap(
        client.POST('/api/v1/recommendations/{recommendationId}/transitions', { params: { path: { recommendationId: id } }, body }),
      ),
    onSuccess: invalidate,
  });
}

import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../shared/api/ApiClientProvider';
import { unwrap } from '../../shared/api/errors';
import type { ItemReportInput, PagedQueryOf, ReportReview, RoadmapInput, RoadmapTransition } from '../../shared/api/types';

export type RoadmapsQuery = PagedQueryOf<'listRoadmaps'>;

export const roadmapKeys = {
  all: ['roadmaps'] as const,
  list: (query: RoadmapsQuery) => ['roadmaps', 'list', query] as const,
  roadmap: (id: number) => ['roadmaps', 'one', id] as const,
  history: (id: number) => ['roadmaps', 'history', id] as const,
  report: (id: number, period: string) => ['roadmaps', 'report', id, period] as const,
  itemReports: (id: number, itemId: number) => ['roadmaps', 'itemReports', id, itemId] as const,
  reviews: ['roadmaps', 'reviews'] as const,
  directions: ['roadmaps', 'directions'] as const,
};

export function useRoadmaps(query: RoadmapsQuery) {
  const client = useApiClient();
  return useQuery({
    queryKey: roadmapKeys.list(query),
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) =>
      unwrap(
        client.GET('/api/v1/roadmaps', {
          params: {
            query: {
              level: query.level as never,
              municipalityId: query.municipalityId,
              direction: query.direction,
              status: query.status as never,
              year: query.year,
              hasOverdue: query.hasOverdue,
              q: query.q || undefined,
              page: query.page,
              size: query.size,
            },
          },
          signal,
        }),
      ),
  });
}

export function useDirections(enabled = true) {
  const client = useApiClient();
  return useQuery({
    queryKey: roadmapKeys.directions,
    enabled,
    staleTime: Infinity,
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/roadmap-directions', { signal })),
  });
}

export function useRoadmap(roadmapId: number) {
  const client = useApiClient();
  return useQuery({
    queryKey: roadmapKeys.roadmap(roadmapId),
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/roadmaps/{roadmapId}', { params: { path: { roadmapId } }, signal })),
  });
}

export function useRoadmapHistory(roadmapId: number) {
  const client = useApiClient();
  return useQuery({
    queryKey: roadmapKeys.history(roadmapId),
    queryFn: ({ signal }) =>
      unwrap(client.GET('/api/v1/roadmaps/{roadmapId}/history', { params: { path: { roadmapId } }, signal })),
  });
}

export function useItemReports(roadmapId: number, itemId: number | undefined) {
  const client = useApiClient();
  return useQuery({
    queryKey: roadmapKeys.itemReports(roadmapId, itemId ?? 0),
    enabled: itemId != null,
    queryFn: ({ signal }) =>
      unwrap(
        client.GET('/api/v1/roadmaps/{roadmapId}/items/{itemId}/reports', {
          params: { path: { roadmapId, itemId: itemId ?? 0 } },
          signal,
        }),
      ),
  });
}

export function useCreateRoadmap() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RoadmapInput) => unwrap(client.POST('/api/v1/roadmaps', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: roadmapKeys.all }),
  });
}

export function useTransition(roadmapId: number) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RoadmapTransition) =>
      unwrap(client.POST('/api/v1/roadmaps/{roadmapId}/transitions', { params: { path: { roadmapId } }, body })),
    onSuccess: (roadmap) => {
      queryClient.setQueryData(roadmapKeys.roadmap(roadmapId), roadmap);
      void queryClient.invalidateQueries({ queryKey: roadmapKeys.all });
    },
  });
}

export function useRoadmapReport(roadmapId: number, period: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: roadmapKeys.report(roadmapId, period),
    queryFn: ({ signal }) =>
      unwrap(
        client.GET('/api/v1/roadmaps/{roadmapId}/reports/{period}', { params: { path: { roadmapId, period } }, signal }),
      ),
  });
}

/** After any change of a report, the report, the roadmap (periods, overdue) and the review queue are stale. */
function useInvalidateReport(roadmapId: number, period: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: roadmapKeys.report(roadmapId, period) }),
      queryClient.invalidateQueries({ queryKey: roadmapKeys.roadmap(roadmapId) }),
      queryClient.invalidateQueries({ queryKey: roadmapKeys.reviews }),
      queryClient.invalidateQueries({ queryKey: ['roadmaps', 'list'] }),
    ]);
}

export function useSaveItemReport(roadmapId: number, period: string) {
  const client = useApiClient();
  const invalidate = useInvalidateReport(roadmapId, period);
  return useMutation({
    mutationFn: ({ itemId, body }: { itemId: number; body: ItemReportInput }) =>
      unwrap(
        client.PUT('/api/v1/roadmaps/{roadmapId}/reports/{period}/items/{itemId}', {
          params: { path: { roadmapId, period, itemId } },
          body,
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useSubmitReport(roadmapId: number, period: string) {
  const client = useApiClient();
  const invalidate = useInvalidateReport(roadmapId, period);
  return useMutation({
    mutationFn: (version: number) =>
      unwrap(
        client.POST('/api/v1/roadmaps/{roadmapId}/reports/{period}/submission', {
          params: { path: { roadmapId, period } },
          body: { version },
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useReviewReport(roadmapId: number, period: string) {
  const client = useApiClient();
  const invalidate = useInvalidateReport(roadmapId, period);
  return useMutation({
    mutationFn: (body: ReportReview) =>
      unwrap(
        client.POST('/api/v1/roadmaps/{roadmapId}/reports/{period}/review', {
          params: { path: { roadmapId, period } },
          body,
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useReviewTasks(enabled = true) {
  const client = useApiClient();
  return useQuery({
    queryKey: roadmapKeys.reviews,
    enabled,
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/roadmap-reviews', { signal })),
  });
}

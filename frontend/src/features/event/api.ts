import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../shared/api/ApiClientProvider';
import { unwrap } from '../../shared/api/errors';
import type { EventInput } from '../../shared/api/types';

export interface EventsQuery {
  kind?: EventInput['kind'];
  q?: string;
  page: number;
  size: number;
}

export const eventKeys = {
  all: ['events'] as const,
  list: (query: EventsQuery) => ['events', 'list', query] as const,
};

export function useEvents(query: EventsQuery) {
  const client = useApiClient();
  return useQuery({
    queryKey: eventKeys.list(query),
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) =>
      unwrap(
        client.GET('/api/v1/events', {
          params: { query: { kind: query.kind, q: query.q || undefined, page: query.page, size: query.size } },
          signal,
        }),
      ),
  });
}

export function useSchools() {
  const client = useApiClient();
  return useQuery({
    queryKey: ['events', 'schools'],
    staleTime: 5 * 60_000,
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/schools', { params: { query: { size: 100 } }, signal })),
  });
}

export function useSaveEvent(id?: number) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EventInput) =>
      id == null
        ? unwrap(client.POST('/api/v1/events', { body }))
        : unwrap(client.PUT('/api/v1/events/{eventId}', { params: { path: { eventId: id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: eventKeys.all }),
  });
}

export function useDeleteEvent() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => unwrap(client.DELETE('/api/v1/events/{eventId}', { params: { path: { eventId: id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: eventKeys.all }),
  });
}

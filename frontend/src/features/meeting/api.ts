import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../shared/api/ApiClientProvider';
import { unwrap } from '../../shared/api/errors';
import type { DecisionCompletion, MeetingInput, MeetingTransition, MeetingUpdate } from '../../shared/api/types';

export interface MeetingsQuery {
  status?: 'DRAFT' | 'SIGNED';
  q?: string;
  page: number;
  size: number;
}

export interface DecisionsQuery {
  assigned?: boolean;
  overdue?: boolean;
  status?: 'OPEN' | 'DONE';
  meetingId?: number;
  page: number;
  size: number;
}

export const meetingKeys = {
  all: ['meetings'] as const,
  list: (query: MeetingsQuery) => ['meetings', 'list', query] as const,
  one: (id: number) => ['meetings', 'one', id] as const,
  history: (id: number) => ['meetings', 'history', id] as const,
  decisions: (query: DecisionsQuery) => ['meetings', 'decisions', query] as const,
  groups: ['meetings', 'groups'] as const,
  organisations: (q: string) => ['meetings', 'organisations', q] as const,
};

export function useMeetings(query: MeetingsQuery) {
  const client = useApiClient();
  return useQuery({
    queryKey: meetingKeys.list(query),
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) =>
      unwrap(
        client.GET('/api/v1/meetings', {
          params: { query: { status: query.status, q: query.q || undefined, page: query.page, size: query.size } },
          signal,
        }),
      ),
  });
}

export function useMeeting(meetingId: number) {
  const client = useApiClient();
  return useQuery({
    queryKey: meetingKeys.one(meetingId),
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/meetings/{meetingId}', { params: { path: { meetingId } }, signal })),
  });
}

export function useMeetingHistory(meetingId: number, enabled: boolean) {
  const client = useApiClient();
  return useQuery({
    queryKey: meetingKeys.history(meetingId),
    enabled,
    queryFn: ({ signal }) =>
      unwrap(client.GET('/api/v1/meetings/{meetingId}/history', { params: { path: { meetingId } }, signal })),
  });
}

export function useDecisions(query: DecisionsQuery) {
  const client = useApiClient();
  return useQuery({
    queryKey: meetingKeys.decisions(query),
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) =>
      unwrap(
        client.GET('/api/v1/decisions', {
          params: {
            query: {
              assigned: query.assigned,
              overdue: query.overdue,
              status: query.status,
              meetingId: query.meetingId,
              page: query.page,
              size: query.size,
            },
          },
          signal,
        }),
      ),
  });
}

/** The caller's own working groups, for «which group met». */
export function useOwnWorkingGroups() {
  const client = useApiClient();
  return useQuery({
    queryKey: meetingKeys.groups,
    queryFn: ({ signal }) =>
      unwrap(client.GET('/api/v1/working-groups', { params: { query: { size: 100 } }, signal })).then((page) =>
        page.items.filter((group) => group.allowed.includes('RECORD_MEETING')),
      ),
  });
}

/** Schools the caller sees, searched by name or code, for a decision's executor. */
export function useSchoolOptions(q: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: meetingKeys.organisations(q),
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) =>
      unwrap(client.GET('/api/v1/schools', { params: { query: { q: q || undefined, size: 50 } }, signal })),
  });
}

/** The municipalities of the caller's region. */
export function useMunicipalityOptions(regionId: number) {
  const client = useApiClient();
  return useQuery({
    queryKey: ['meetings', 'municipalities', regionId],
    staleTime: 5 * 60_000,
    queryFn: ({ signal }) =>
      unwrap(client.GET('/api/v1/regions/{regionId}/municipalities', { params: { path: { regionId } }, signal })),
  });
}

function useInvalidate() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: meetingKeys.all });
    void queryClient.invalidateQueries({ queryKey: ['attention'] });
  };
}

export function useCreateMeeting() {
  const client = useApiClient();
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: MeetingInput) => unwrap(client.POST('/api/v1/meetings', { body })),
    onSuccess: invalidate,
  });
}

export function useUpdateMeeting(meetingId: number) {
  const client = useApiClient();
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: MeetingUpdate) =>
      unwrap(client.PUT('/api/v1/meetings/{meetingId}', { params: { path: { meetingId } }, body })),
    onSuccess: invalidate,
  });
}

export function useMeetingTransition(meetingId: number) {
  const client = useApiClient();
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: MeetingTransition) =>
      unwrap(client.POST('/api/v1/meetings/{meetingId}/transitions', { params: { path: { meetingId } }, body })),
    onSuccess: invalidate,
  });
}

export function useDeleteMeeting(meetingId: number) {
  const client = useApiClient();
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: () => unwrap(client.DELETE('/api/v1/meetings/{meetingId}', { params: { path: { meetingId } } })),
    onSuccess: invalidate,
  });
}

export function useCompleteDecision() {
  const client = useApiClient();
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ decisionId, body }: { decisionId: number; body: DecisionCompletion }) =>
      unwrap(client.POST('/api/v1/decisions/{decisionId}/completion', { params: { path: { decisionId } }, body })),
    onSuccess: invalidate,
  });
}

/** The signed-in user (GET /me, the same cached answer the app loaded at sign-in). */
export function useMe() {
  const client = useApiClient();
  return useQuery({
    queryKey: ['me'],
    staleTime: 5 * 60_000,
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/me', { signal })),
  });
}

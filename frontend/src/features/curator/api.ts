import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../shared/api/ApiClientProvider';
import { unwrap } from '../../shared/api/errors';
import type { CuratorAssignmentInput, CuratorVisitInput, PartnerPairInput } from '../../shared/api/types';

export const curatorKeys = {
  all: ['curators'] as const,
  assignments: (page: number) => ['curators', 'assignments', page] as const,
  pairs: (page: number) => ['curators', 'pairs', page] as const,
  visits: (page: number) => ['curators', 'visits', page] as const,
};

export function useMe() {
  const client = useApiClient();
  return useQuery({
    queryKey: ['me'],
    staleTime: 5 * 60_000,
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/me', { signal })),
  });
}

export function useAssignments(page: number) {
  const client = useApiClient();
  return useQuery({
    queryKey: curatorKeys.assignments(page),
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) =>
      unwrap(client.GET('/api/v1/curator-assignments', { params: { query: { page, size: 20 } }, signal })),
  });
}

export function usePairs(page: number) {
  const client = useApiClient();
  return useQuery({
    queryKey: curatorKeys.pairs(page),
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/partner-pairs', { params: { query: { page, size: 20 } }, signal })),
  });
}

export function useVisits(page: number) {
  const client = useApiClient();
  return useQuery({
    queryKey: curatorKeys.visits(page),
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/curator-visits', { params: { query: { page, size: 20 } }, signal })),
  });
}

export function useSchools(enabled: boolean) {
  const client = useApiClient();
  return useQuery({
    queryKey: ['curators', 'schools'],
    enabled,
    staleTime: 5 * 60_000,
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/schools', { params: { query: { size: 100 } }, signal })),
  });
}

function useInvalidate() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: curatorKeys.all });
    void queryClient.invalidateQueries({ queryKey: ['attention'] });
  };
}

export function useAssign() {
  const client = useApiClient();
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: CuratorAssignmentInput) => unwrap(client.POST('/api/v1/curator-assignments', { body })),
    onSuccess: invalidate,
  });
}

export function useUnassign() {
  const client = useApiClient();
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (id: number) =>
      unwrap(client.DELETE('/api/v1/curator-assignments/{curatorAssignmentId}', { params: { path: { curatorAssignmentId: id } } })),
    onSuccess: invalidate,
  });
}

export function useSavePair(id?: number) {
  const client = useApiClient();
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: PartnerPairInput) =>
      id == null
        ? unwrap(client.POST('/api/v1/partner-pairs', { body }))
        : unwrap(client.PUT('/api/v1/partner-pairs/{pairId}', { params: { path: { pairId: id } }, body })),
    onSuccess: invalidate,
  });
}

export function useDeletePair() {
  const client = useApiClient();
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (id: number) => unwrap(client.DELETE('/api/v1/partner-pairs/{pairId}', { params: { path: { pairId: id } } })),
    onSuccess: invalidate,
  });
}

export function useSaveVisit(id?: number) {
  const client = useApiClient();
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: CuratorVisitInput) =>
      id == null
        ? unwrap(client.POST('/api/v1/curator-visits', { body }))
        : unwrap(client.PUT('/api/v1/curator-visits/{visitId}', { params: { path: { visitId: id } }, body })),
    onSuccess: invalidate,
  });
}

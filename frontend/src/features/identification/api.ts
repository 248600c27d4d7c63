import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../shared/api/ApiClientProvider';
import { unwrap } from '../../shared/api/errors';
import { saveDownload } from '../../shared/files/download';
import type { ApprovalInput, ConditionInput, CriteriaSetInput, IdentifiedCategory } from './types';

export const identificationKeys = {
  all: ['identification'] as const,
  indicators: ['identification', 'indicators'] as const,
  sets: (year?: number) => ['identification', 'sets', year ?? 'all'] as const,
  set: (id: number) => ['identification', 'set', id] as const,
  dryRun: (id: number) => ['identification', 'dryRun', id] as const,
  lists: (year?: number) => ['identification', 'lists', year ?? 'all'] as const,
  list: (id: number) => ['identification', 'list', id] as const,
};

export function useRuleIndicators() {
  const client = useApiClient();
  return useQuery({
    queryKey: identificationKeys.indicators,
    staleTime: 5 * 60_000,
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/identification/indicators', { signal })),
  });
}

export function useCriteriaSets(enabled: boolean) {
  const client = useApiClient();
  return useQuery({
    queryKey: identificationKeys.sets(),
    enabled,
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) =>
      unwrap(client.GET('/api/v1/identification/criteria-sets', { params: { query: { size: 100 } }, signal })),
  });
}

export function useCriteriaSet(setId: number, enabled = true) {
  const client = useApiClient();
  return useQuery({
    queryKey: identificationKeys.set(setId),
    enabled,
    queryFn: ({ signal }) =>
      unwrap(client.GET('/api/v1/identification/criteria-sets/{setId}', { params: { path: { setId } }, signal })),
  });
}

export function useCreateCriteriaSet() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CriteriaSetInput) => unwrap(client.POST('/api/v1/identification/criteria-sets', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: identificationKeys.all }),
  });
}

export function useUpdateCriteriaSet(setId: number) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CriteriaSetInput) =>
      unwrap(client.PUT('/api/v1/identification/criteria-sets/{setId}', { params: { path: { setId } }, body })),
    onSuccess: (set) => {
      queryClient.setQueryData(identificationKeys.set(setId), set);
      void queryClient.invalidateQueries({ queryKey: identificationKeys.dryRun(setId) });
      void queryClient.invalidateQueries({ queryKey: identificationKeys.sets() });
    },
  });
}

export function useNewVersion(setId: number) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (year?: number) =>
      unwrap(client.POST('/api/v1/identification/criteria-sets/{setId}/versions', { params: { path: { setId } }, body: { year } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: identificationKeys.all }),
  });
}

export function useDryRun(setId: number, enabled: boolean) {
  const client = useApiClient();
  return useQuery({
    queryKey: identificationKeys.dryRun(setId),
    enabled,
    queryFn: ({ signal }) =>
      unwrap(client.GET('/api/v1/identification/criteria-sets/{setId}/dry-run', { params: { path: { setId } }, signal })),
  });
}

export function useRulePreview() {
  const client = useApiClient();
  return useMutation({
    mutationFn: (body: { year: number; category: IdentifiedCategory; condition: ConditionInput }) =>
      unwrap(client.POST('/api/v1/identification/rule-previews', { body })),
  });
}

export function useApprove(setId: number) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ApprovalInput) =>
      unwrap(client.POST('/api/v1/identification/criteria-sets/{setId}/approval', { params: { path: { setId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: identificationKeys.all }),
  });
}

export function useIdentificationLists() {
  const client = useApiClient();
  return useQuery({
    queryKey: identificationKeys.lists(),
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/identification/lists', { params: { query: { size: 100 } }, signal })),
  });
}

export function useIdentificationList(listId: number) {
  const client = useApiClient();
  return useQuery({
    queryKey: identificationKeys.list(listId),
    queryFn: ({ signal }) =>
      unwrap(client.GET('/api/v1/identification/lists/{listId}', { params: { path: { listId } }, signal })),
  });
}

export function useExportList(listId: number) {
  const client = useApiClient();
  return useMutation({
    mutationFn: (format: 'docx' | 'xlsx') =>
      saveDownload(
        client.GET('/api/v1/identification/lists/{listId}/export', {
          params: { path: { listId }, query: { format } },
          parseAs: 'blob',
        }),
        `identification-list-${listId}.${format}`,
      ),
  });
}

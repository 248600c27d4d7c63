import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../shared/api/ApiClientProvider';
import { unwrap } from '../../shared/api/errors';
import type { WorkingGroupInput } from '../../shared/api/types';

export const groupKeys = {
  all: ['workingGroups'] as const,
  list: (page: number, size: number) => ['workingGroups', 'list', page, size] as const,
};

export function useWorkingGroups(page: number, size: number) {
  const client = useApiClient();
  return useQuery({
    queryKey: groupKeys.list(page, size),
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/working-groups', { params: { query: { page, size } }, signal })),
  });
}

export function useSaveWorkingGroup(id?: number) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: WorkingGroupInput) =>
      id == null
        ? unwrap(client.POST('/api/v1/working-groups', { body }))
        : unwrap(client.PUT('/api/v1/working-groups/{groupId}', { params: { path: { groupId: id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: groupKeys.all }),
  });
}

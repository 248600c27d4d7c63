import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../shared/api/ApiClientProvider';
import { unwrap } from '../../shared/api/errors';
import type { CategoryAssignmentInput, School, SchoolUpdate } from '../../shared/api/types';
import { registryKeys } from '../../shared/reference/registryKeys';

export function useSchool(schoolId: number) {
  const client = useApiClient();
  return useQuery({
    queryKey: registryKeys.school(schoolId),
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/schools/{schoolId}', { params: { path: { schoolId } }, signal })),
  });
}

export function useSchoolHistory(schoolId: number) {
  const client = useApiClient();
  return useQuery({
    queryKey: registryKeys.schoolHistory(schoolId),
    queryFn: ({ signal }) =>
      unwrap(client.GET('/api/v1/schools/{schoolId}/history', { params: { path: { schoolId } }, signal })),
  });
}

export function useUpdateSchool(schoolId: number) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SchoolUpdate) =>
      unwrap(client.PUT('/api/v1/schools/{schoolId}', { params: { path: { schoolId } }, body })),
    onSuccess: (school: School) => {
      queryClient.setQueryData(registryKeys.school(schoolId), school);
      void queryClient.invalidateQueries({ queryKey: registryKeys.schoolHistory(schoolId) });
      void queryClient.invalidateQueries({ queryKey: registryKeys.schools, predicate: (query) => query.queryKey[1] === 'list' });
    },
  });
}

/** A category change alters the card's history and the lists' category column alike. */
function useInvalidateSchools() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: registryKeys.schools });
}

export function useAssignCategory(schoolId: number) {
  const client = useApiClient();
  const invalidate = useInvalidateSchools();
  return useMutation({
    mutationFn: (body: CategoryAssignmentInput) =>
      unwrap(client.POST('/api/v1/schools/{schoolId}/categories', { params: { path: { schoolId } }, body })),
    onSuccess: invalidate,
  });
}

export function useRevokeCategory(schoolId: number) {
  const client = useApiClient();
  const invalidate = useInvalidateSchools();
  return useMutation({
    mutationFn: ({ assignmentId, reason }: { assignmentId: number; reason: string }) =>
      unwrap(
        client.POST('/api/v1/schools/{schoolId}/categories/{assignmentId}/revocation', {
          params: { path: { schoolId, assignmentId } },
          body: { reason },
        }),
      ),
    onSuccess: invalidate,
  });
}

import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../shared/api/ApiClientProvider';
import { unwrap } from '../../shared/api/errors';
import type { MunicipalityInput, MunicipalityUpdate } from '../../shared/api/types';
import { registryKeys } from '../../shared/reference/registryKeys';
import { toListSchoolsParams, type SchoolsQuery } from './schools/schoolsQuery';

export function useCreateMunicipality(regionId: number) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MunicipalityInput) =>
      unwrap(client.POST('/api/v1/regions/{regionId}/municipalities', { params: { path: { regionId } }, body })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: registryKeys.allMunicipalities });
      void queryClient.invalidateQueries({ queryKey: registryKeys.regions });
    },
  });
}

export function useUpdateMunicipality() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ municipalityId, body }: { municipalityId: number; body: MunicipalityUpdate }) =>
      unwrap(client.PUT('/api/v1/municipalities/{municipalityId}', { params: { path: { municipalityId } }, body })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: registryKeys.allMunicipalities });
      void queryClient.invalidateQueries({ queryKey: registryKeys.schools });
    },
  });
}

export function useSchools(query: SchoolsQuery) {
  const client = useApiClient();
  const params = toListSchoolsParams(query);
  return useQuery({
    queryKey: registryKeys.schoolList(params),
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/schools', { params: { query: params }, signal })),
    placeholderData: keepPreviousData,
  });
}

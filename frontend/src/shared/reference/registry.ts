// Regions and municipalities: reference data that many features choose from (filters, forms), read through one cache.
import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../api/ApiClientProvider';
import { unwrap } from '../api/errors';
import { registryKeys } from './registryKeys';

export function useRegions() {
  const client = useApiClient();
  return useQuery({
    queryKey: registryKeys.regions,
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/regions', { signal })),
  });
}

export function useRegion(regionId: number) {
  const client = useApiClient();
  return useQuery({
    queryKey: registryKeys.region(regionId),
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/regions/{regionId}', { params: { path: { regionId } }, signal })),
  });
}

export function useMunicipalities(regionId: number | undefined) {
  const client = useApiClient();
  return useQuery({
    queryKey: registryKeys.municipalities(regionId ?? -1),
    queryFn: ({ signal }) =>
      unwrap(client.GET('/api/v1/regions/{regionId}/municipalities', { params: { path: { regionId: regionId! } }, signal })),
    enabled: regionId != null,
  });
}

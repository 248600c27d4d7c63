// The region's «500+» risk factors as features choose from them (risk profiles, anti-risk programme items).
import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../api/ApiClientProvider';
import { unwrap } from '../api/errors';

export const riskFactorKeys = {
  all: ['risks', 'factors'] as const,
};

export function useRiskFactors(enabled = true) {
  const client = useApiClient();
  return useQuery({
    queryKey: riskFactorKeys.all,
    enabled,
    staleTime: 5 * 60_000,
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/risk-factors', { signal })),
  });
}

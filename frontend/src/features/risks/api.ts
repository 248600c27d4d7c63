import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../shared/api/ApiClientProvider';
import { unwrap } from '../../shared/api/errors';
import { saveDownload } from '../../shared/files/download';
import { riskFactorKeys } from '../../shared/reference/riskFactors';
import type { DerivationInput, LevelInput, OverrideInput, ProfileStatus, RiskFactorInput } from './types';

export { useRiskFactors } from '../../shared/reference/riskFactors';

export const riskKeys = {
  all: ['risks'] as const,
  factors: riskFactorKeys.all,
  profile: (schoolId: number, year: number) => ['risks', 'profile', schoolId, year] as const,
  history: (schoolId: number, year: number) => ['risks', 'history', schoolId, year] as const,
  profiles: (year: number, status?: ProfileStatus) => ['risks', 'profiles', year, status ?? 'all'] as const,
  analytics: (year: number) => ['risks', 'analytics', year] as const,
};

export function useRiskProfile(schoolId: number, year: number) {
  const client = useApiClient();
  return useQuery({
    queryKey: riskKeys.profile(schoolId, year),
    queryFn: ({ signal }) =>
      unwrap(client.GET('/api/v1/schools/{schoolId}/risk-profiles/{year}', { params: { path: { schoolId, year } }, signal })),
  });
}

export function useRiskHistory(schoolId: number, year: number, enabled: boolean) {
  const client = useApiClient();
  return useQuery({
    queryKey: riskKeys.history(schoolId, year),
    enabled,
    queryFn: ({ signal }) =>
      unwrap(client.GET('/api/v1/schools/{schoolId}/risk-profiles/{year}/history', { params: { path: { schoolId, year } }, signal })),
  });
}

function useProfileMutation<T>(schoolId: number, year: number, call: (body: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (profile) => {
      queryClient.setQueryData(riskKeys.profile(schoolId, year), profile);
      void queryClient.invalidateQueries({ queryKey: riskKeys.history(schoolId, year) });
      void queryClient.invalidateQueries({ queryKey: ['risks', 'profiles'] });
    },
  });
}

export function useSaveRiskProfile(schoolId: number, year: number) {
  const client = useApiClient();
  return useProfileMutation(schoolId, year, (body: { levels: LevelInput[]; version: number }) =>
    unwrap(client.PUT('/api/v1/schools/{schoolId}/risk-profiles/{year}', { params: { path: { schoolId, year } }, body })),
  );
}

export function useSubmitRiskProfile(schoolId: number, year: number) {
  const client = useApiClient();
  return useProfileMutation(schoolId, year, (version: number) =>
    unwrap(
      client.POST('/api/v1/schools/{schoolId}/risk-profiles/{year}/submission', {
        params: { path: { schoolId, year } },
        body: { version },
      }),
    ),
  );
}

export function useReviewRiskProfile(schoolId: number, year: number) {
  const client = useApiClient();
  return useProfileMutation(schoolId, year, (body: { decision: 'ACCEPT' | 'RETURN'; reason?: string | null; version: number }) =>
    unwrap(client.POST('/api/v1/schools/{schoolId}/risk-profiles/{year}/review', { params: { path: { schoolId, year } }, body })),
  );
}

export function useOverrideRiskLevels(schoolId: number, year: number) {
  const client = useApiClient();
  return useProfileMutation(schoolId, year, (body: { overrides: OverrideInput[]; version: number }) =>
    unwrap(client.PUT('/api/v1/schools/{schoolId}/risk-profiles/{year}/overrides', { params: { path: { schoolId, year } }, body })),
  );
}

export function useRiskProfiles(year: number, status?: ProfileStatus) {
  const client = useApiClient();
  return useQuery({
    queryKey: riskKeys.profiles(year, status),
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) =>
      unwrap(client.GET('/api/v1/risk-profiles', { params: { query: { year, status, size: 100 } }, signal })),
  });
}

export function useRiskAnalytics(year: number) {
  const client = useApiClient();
  return useQuery({
    queryKey: riskKeys.analytics(year),
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/risk-analytics', { params: { query: { year } }, signal })),
  });
}

export function useExportRiskAnalytics() {
  const client = useApiClient();
  return useMutation({
    mutationFn: (year: number) =>
      saveDownload(client.GET('/api/v1/risk-analytics/export', { params: { query: { year } }, parseAs: 'blob' }), `risk-analytics-${year}.xlsx`),
  });
}

/** The region's factors with the archived ones: the reference page shows them all. */
export function useAllRiskFactors() {
  const client = useApiClient();
  return useQuery({
    queryKey: [...riskFactorKeys.all, 'withArchived'] as const,
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/risk-factors', { params: { query: { includeArchived: true } }, signal })),
  });
}

/** The indicators a derivation rule may read, with their units, ranges and cuts (the same catalogue as the criteria). */
export function useDerivationIndicators(enabled: boolean) {
  const client = useApiClient();
  return useQuery({
    queryKey: ['risks', 'ruleIndicators'] as const,
    enabled,
    staleTime: 5 * 60_000,
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/identification/indicators', { signal })),
  });
}

function useFactorMutation<T>(call: (body: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: riskFactorKeys.all }),
  });
}

export function useCreateRiskFactor() {
  const client = useApiClient();
  return useFactorMutation((body: RiskFactorInput) => unwrap(client.POST('/api/v1/risk-factors', { body })));
}

export function useUpdateRiskFactor(factorId: number) {
  const client = useApiClient();
  return useFactorMutation((body: RiskFactorInput) =>
    unwrap(client.PUT('/api/v1/risk-factors/{factorId}', { params: { path: { factorId } }, body })),
  );
}

export function useSetDerivation(factorId: number) {
  const client = useApiClient();
  return useFactorMutation((body: DerivationInput) =>
    unwrap(client.PUT('/api/v1/risk-factors/{factorId}/derivation', { params: { path: { factorId } }, body })),
  );
}

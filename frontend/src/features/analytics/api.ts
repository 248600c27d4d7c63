import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../shared/api/ApiClientProvider';
import { unwrap } from '../../shared/api/errors';
import type { AnalyticsLevel, QueryOf } from '../../shared/api/types';
import { saveDownload } from '../../shared/files/download';

/** The indicator (a path parameter) and the level the SPA always chooses, with the contract's query. */
export type DynamicsQuery = QueryOf<'getIndicatorDynamics'> & { indicatorId: number; level: AnalyticsLevel };

export type BreakdownQuery = QueryOf<'getIndicatorBreakdown'> & { indicatorId: number };

export const analyticsKeys = {
  all: ['analytics'] as const,
  dynamics: (query: DynamicsQuery) => ['analytics', 'dynamics', query] as const,
  breakdown: (query: BreakdownQuery) => ['analytics', 'breakdown', query] as const,
};

export function useIndicatorDynamics(query: DynamicsQuery | undefined) {
  const client = useApiClient();
  return useQuery({
    queryKey: analyticsKeys.dynamics(query ?? ({} as DynamicsQuery)),
    enabled: query != null,
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) =>
      unwrap(
        client.GET('/api/v1/analytics/indicators/{indicatorId}/dynamics', {
          params: {
            path: { indicatorId: query!.indicatorId },
            query: { level: query!.level, unitId: query!.unitId, disaggregation: query!.disaggregation },
          },
          signal,
        }),
      ),
  });
}

export function useIndicatorBreakdown(query: BreakdownQuery | undefined) {
  const client = useApiClient();
  return useQuery({
    queryKey: analyticsKeys.breakdown(query ?? ({} as BreakdownQuery)),
    enabled: query != null,
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) =>
      unwrap(
        client.GET('/api/v1/analytics/indicators/{indicatorId}/breakdown', {
          params: {
            path: { indicatorId: query!.indicatorId },
            query: { period: query!.period, municipalityId: query!.municipalityId, disaggregation: query!.disaggregation },
          },
          signal,
        }),
      ),
  });
}

/** Downloads the breakdown as the server's XLSX workbook; resolves to the file name saved. */
export function useExportBreakdown() {
  const client = useApiClient();
  return (query: BreakdownQuery, indicatorCode: string) =>
    saveDownload(
      client.GET('/api/v1/analytics/indicators/{indicatorId}/breakdown/export', {
        params: {
          path: { indicatorId: query.indicatorId },
          query: { period: query.period, municipalityId: query.municipalityId, disaggregation: query.disaggregation },
        },
        parseAs: 'blob',
      }),
      `${indicatorCode}-${query.period}.xlsx`,
    );
}

import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../shared/api/ApiClientProvider';
import { unwrap } from '../../shared/api/errors';
import { saveDownload } from '../../shared/files/download';
import type { MarkInput, MarkUpdate, NoteTexts, SettingsInput } from './types';

export const scorecardKeys = {
  all: ['scorecard'] as const,
  region: (regionId: number, year: number) => ['scorecard', 'region', regionId, year] as const,
  municipality: (municipalityId: number, year: number) => ['scorecard', 'municipality', municipalityId, year] as const,
  settings: (regionId: number) => ['scorecard', 'settings', regionId] as const,
  snapshots: (regionId: number, year: number) => ['scorecard', 'snapshots', regionId, year] as const,
};

export function useRegionScorecard(regionId: number, year: number) {
  const client = useApiClient();
  return useQuery({
    queryKey: scorecardKeys.region(regionId, year),
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) =>
      unwrap(client.GET('/api/v1/regions/{regionId}/scorecards/{year}', { params: { path: { regionId, year } }, signal })),
  });
}

export function useExportRegionScorecard(regionId: number) {
  const client = useApiClient();
  return useMutation({
    mutationFn: (year: number) =>
      saveDownload(
        client.GET('/api/v1/regions/{regionId}/scorecards/{year}/export', {
          params: { path: { regionId, year } },
          parseAs: 'blob',
        }),
        `scorecard-${year}.xlsx`,
      ),
  });
}

export function useMunicipalityScorecard(municipalityId: number, year: number) {
  const client = useApiClient();
  return useQuery({
    queryKey: scorecardKeys.municipality(municipalityId, year),
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) =>
      unwrap(
        client.GET('/api/v1/municipalities/{municipalityId}/scorecards/{year}', {
          params: { path: { municipalityId, year } },
          signal,
        }),
      ),
  });
}

/** A changed expert mark changes the card, the region's table and what a new snapshot would hold. */
function useInvalidateScorecards() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: scorecardKeys.all });
}

export function useSetMark(municipalityId: number, year: number) {
  const client = useApiClient();
  const invalidate = useInvalidateScorecards();
  return useMutation({
    mutationFn: (body: MarkInput) =>
      unwrap(
        client.POST('/api/v1/municipalities/{municipalityId}/scorecards/{year}/marks', {
          params: { path: { municipalityId, year } },
          body,
        }),
      ),
    onSuccess: () => void invalidate(),
  });
}

export function useChangeMark(municipalityId: number, year: number) {
  const client = useApiClient();
  const invalidate = useInvalidateScorecards();
  return useMutation({
    mutationFn: ({ markId, body }: { markId: number; body: MarkUpdate }) =>
      unwrap(
        client.PUT('/api/v1/municipalities/{municipalityId}/scorecards/{year}/marks/{markId}', {
          params: { path: { municipalityId, year, markId } },
          body,
        }),
      ),
    onSuccess: () => void invalidate(),
  });
}

export function useScorecardSettings(regionId: number, enabled: boolean) {
  const client = useApiClient();
  return useQuery({
    queryKey: scorecardKeys.settings(regionId),
    enabled,
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/regions/{regionId}/scorecard-settings', { params: { path: { regionId } }, signal })),
  });
}

export function useUpdateScorecardSettings(regionId: number) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SettingsInput) =>
      unwrap(client.PUT('/api/v1/regions/{regionId}/scorecard-settings', { params: { path: { regionId } }, body })),
    onSuccess: (settings) => {
      queryClient.setQueryData(scorecardKeys.settings(regionId), settings);
      // New thresholds or indicators change every mark and the effectiveness section.
      void queryClient.invalidateQueries({ queryKey: ['scorecard', 'region'] });
      void queryClient.invalidateQueries({ queryKey: ['scorecard', 'municipality'] });
    },
  });
}

export function useSnapshots(regionId: number, year: number, enabled: boolean) {
  const client = useApiClient();
  return useQuery({
    queryKey: scorecardKeys.snapshots(regionId, year),
    enabled,
    queryFn: ({ signal }) =>
      unwrap(
        client.GET('/api/v1/regions/{regionId}/scorecards/{year}/snapshots', { params: { path: { regionId, year } }, signal }),
      ),
  });
}

export function useCreateSnapshot(regionId: number, year: number) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrap(client.POST('/api/v1/regions/{regionId}/scorecards/{year}/snapshots', { params: { path: { regionId, year } } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: scorecardKeys.snapshots(regionId, year) }),
  });
}

export function useUpdateNoteTexts(regionId: number, year: number) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ snapshotId, version, texts }: { snapshotId: number; version: number; texts: NoteTexts }) =>
      unwrap(
        client.PUT('/api/v1/regions/{regionId}/scorecards/{year}/snapshots/{snapshotId}', {
          params: { path: { regionId, year, snapshotId } },
          body: { version, texts },
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: scorecardKeys.snapshots(regionId, year) }),
  });
}

export function useDownloadNote(regionId: number, year: number) {
  const client = useApiClient();
  return useMutation({
    mutationFn: (snapshotId: number) =>
      saveDownload(
        client.GET('/api/v1/regions/{regionId}/scorecards/{year}/snapshots/{snapshotId}/note', {
          params: { path: { regionId, year, snapshotId } },
          parseAs: 'blob',
        }),
        `scorecard-note-${year}.docx`,
      ),
  });
}

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../shared/api/ApiClientProvider';
import { unwrap } from '../../shared/api/errors';
import type { ImportJob, ImportJobPage, PagedQueryOf, QueryOf } from '../../shared/api/types';
import { saveDownload } from '../../shared/files/download';

/** How often a running import job is asked for its progress. */
export const POLL_INTERVAL_MS = 1000;

export type ImportsQuery = PagedQueryOf<'listIndicatorImports'>;

export const exchangeKeys = {
  job: (jobId: number) => ['exchange', 'job', jobId] as const,
  imports: ['exchange', 'imports'] as const,
  importsPage: (query: ImportsQuery) => ['exchange', 'imports', query] as const,
};

/** Still in the works: the server will move it on by itself. */
export function isRunning(job: Pick<ImportJob, 'status'> | undefined): boolean {
  return job?.status === 'QUEUED' || job?.status === 'RUNNING';
}

/**
 * Nothing of the file was kept: it was only checked, or refused or failed as a whole (the server saves all or nothing),
 * so its counts are what the file would have given.
 */
export function savedNothing(job: Pick<ImportJob, 'status' | 'dryRun'>): boolean {
  return job.dryRun || job.status === 'REJECTED' || job.status === 'FAILED';
}

export type ValueFileKind = 'text/csv' | 'application/json';

/** The body's type from the file: JSON by its extension or type, anything else is read as CSV. */
export function contentTypeOf(file: File): ValueFileKind {
  return /\.json$/i.test(file.name) || file.type === 'application/json' ? 'application/json' : 'text/csv';
}

/** openapi-fetch options that send the file itself as the body, not serialized, with its media type. */
function fileBody(file: File, contentType: string) {
  return {
    body: file as never,
    bodySerializer: (body: unknown) => body as Blob,
    headers: { 'Content-Type': contentType },
  };
}

/** Sends a values file as it is (CSV or JSON); the answer is the job, finished (200) or queued (202). */
export function useImportValues() {
  const client = useApiClient();
  return (file: File, dryRun: boolean) =>
    unwrap(
      client.POST('/api/v1/indicator-values/imports', {
        params: { query: { dryRun, fileName: file.name } },
        ...fileBody(file, contentTypeOf(file)),
      }),
    );
}

/** Sends assessment results (CSV of marks per school, subject and grade); the server turns them into shares of marks. */
export function useImportAssessment() {
  const client = useApiClient();
  return (file: File, dryRun: boolean) =>
    unwrap(
      client.POST('/api/v1/indicator-values/assessment-imports', {
        params: { query: { dryRun, fileName: file.name } },
        ...fileBody(file, 'text/csv'),
      }),
    );
}

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Sends a filled campaign template (.xlsx) as an import job. */
export function useUploadCampaignTemplate(campaignId: number) {
  const client = useApiClient();
  return (file: File, dryRun: boolean) =>
    unwrap(
      client.POST('/api/v1/campaigns/{campaignId}/template', {
        params: { path: { campaignId }, query: { dryRun, fileName: file.name } },
        ...fileBody(file, XLSX),
      }),
    );
}

/** Downloads a campaign's XLSX template with the values stored now; resolves to the file name saved. */
export function useDownloadCampaignTemplate(campaignId: number) {
  const client = useApiClient();
  return () =>
    saveDownload(
      client.GET('/api/v1/campaigns/{campaignId}/template', { params: { path: { campaignId } }, parseAs: 'blob' }),
      `campaign-${campaignId}.xlsx`,
    );
}

/** The job as the server last reported it, asked again every second while it is queued or running. */
export function useImportJob(initial: ImportJob) {
  const client = useApiClient();
  return useQuery({
    queryKey: exchangeKeys.job(initial.id),
    initialData: initial,
    // A finished job will not change: only a queued or running one is asked for.
    enabled: isRunning(initial),
    refetchInterval: (query) => (isRunning(query.state.data) ? POLL_INTERVAL_MS : false),
    queryFn: ({ signal }) =>
      unwrap(client.GET('/api/v1/indicator-values/imports/{jobId}', { params: { path: { jobId: initial.id } }, signal })),
  });
}

/** How often the list of uploads is asked again while one of its jobs is still queued or running. */
export const LIST_POLL_INTERVAL_MS = 3000;

/**
 * The import jobs of the caller's organisation (all kinds, checks included), newest first; asked again while a job
 * on the page is still in the works, whoever started it.
 */
export function useImports(query: ImportsQuery) {
  const client = useApiClient();
  return useQuery<ImportJobPage>({
    queryKey: exchangeKeys.importsPage(query),
    placeholderData: keepPreviousData,
    refetchInterval: (current) => (current.state.data?.items.some(isRunning) ? LIST_POLL_INTERVAL_MS : false),
    queryFn: ({ signal }) =>
      unwrap(client.GET('/api/v1/indicator-values/imports', { params: { query: { page: query.page, size: query.size } }, signal })),
  });
}

/** The export's own parameters; the format is always chosen by the user (the contract takes any string). */
export type ValuesExportQuery = Pick<QueryOf<'exportIndicatorValues'>, 'indicator' | 'period'> & { format: 'csv' | 'json' };

/** Downloads values in the import format (the caller's scope): an example to fill, or data to move elsewhere. */
export function useExportValues() {
  const client = useApiClient();
  return (query: ValuesExportQuery) =>
    saveDownload(
      client.GET('/api/v1/indicator-values', {
        params: { query: { format: query.format, indicator: query.indicator, period: query.period } },
        parseAs: 'blob',
      }),
      `values.${query.format}`,
    );
}

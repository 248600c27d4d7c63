// An import job as every upload of the SPA follows it (values, assessments, campaign templates).
import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../api/ApiClientProvider';
import { unwrap } from '../api/errors';
import type { ImportJob } from '../api/types';

export const importKeys = {
  /** Every list of jobs; invalidated when a job ends. */
  all: ['exchange', 'imports'] as const,
  job: (jobId: number) => ['exchange', 'job', jobId] as const,
};

/** How often a running import job is asked for its progress. */
export const POLL_INTERVAL_MS = 1000;

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

/** The job as the server last reported it, asked again every second while it is queued or running. */
export function useImportJob(initial: ImportJob) {
  const client = useApiClient();
  return useQuery({
    queryKey: importKeys.job(initial.id),
    initialData: initial,
    // A finished job will not change: only a queued or running one is asked for.
    enabled: isRunning(initial),
    refetchInterval: (query) => (isRunning(query.state.data) ? POLL_INTERVAL_MS : false),
    queryFn: ({ signal }) =>
      unwrap(client.GET('/api/v1/indicator-values/imports/{jobId}', { params: { path: { jobId: initial.id } }, signal })),
  });
}

/** The media type of an Excel workbook, as templates are sent and received. */
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** openapi-fetch options that send the file itself as the body, not serialized, with its media type. */
export function fileBody(file: File, contentType: string) {
  return {
    body: file as never,
    bodySerializer: (body: unknown) => body as Blob,
    headers: { 'Content-Type': contentType },
  };
}

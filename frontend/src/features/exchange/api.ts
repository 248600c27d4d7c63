import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../shared/api/ApiClientProvider';
import { unwrap } from '../../shared/api/errors';
import type { ImportJobPage, PagedQueryOf, QueryOf } from '../../shared/api/types';
import { saveDownload } from '../../shared/files/download';
import { fileBody, importKeys, isRunning, XLSX } from '../../shared/imports/jobs';

export type ImportsQuery = PagedQueryOf<'listIndicatorImports'>;

export const exchangeKeys = {
  importsPage: (query: ImportsQuery) => [...importKeys.all, query] as const,
};

export type ValueFileKind = 'text/csv' | 'application/json' | typeof XLSX;

/** The body's type from the file: JSON or an Excel book by its extension or type, anything else is read as CSV. */
export function contentTypeOf(file: File): ValueFileKind {
  if (/\.xlsx$/i.test(file.name) || file.type === XLSX) return XLSX;
  return /\.json$/i.test(file.name) || file.type === 'application/json' ? 'application/json' : 'text/csv';
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

/** Downloads the value import's XLSX template: the import's columns, the caller's schools and the indicators. */
export function useDownloadValueTemplate() {
  const client = useApiClient();
  return () => saveDownload(client.GET('/api/v1/indicator-values/template', { parseAs: 'blob' }), 'values-template.xlsx');
}

import { useApiClient } from '../../shared/api/ApiClientProvider';
import { unwrap } from '../../shared/api/errors';
import { saveDownload } from '../../shared/files/download';
import { fileBody, XLSX } from '../../shared/imports/jobs';

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

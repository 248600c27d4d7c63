import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../shared/api/ApiClientProvider';
import { fileNameOf, saveBlob } from '../../shared/files/download';

type Format = 'xlsx' | 'docx';

/** «Скачать» as DOCX or XLSX: the roadmap itself, or its report for one period. */
export function ExportButtons({ roadmapId, period }: { roadmapId: number; period?: string }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const { message } = App.useApp();
  const download = async (format: Format) => {
    const { data, response } = period
      ? await client.GET('/api/v1/roadmaps/{roadmapId}/export/reports/{period}', {
          params: { path: { roadmapId, period }, query: { format } },
          parseAs: 'blob',
        })
      : await client.GET('/api/v1/roadmaps/{roadmapId}/export', {
          params: { path: { roadmapId }, query: { format } },
          parseAs: 'blob',
        });
    if (!response.ok || !data) {
      void message.error(`HTTP ${response.status}`);
      return;
    }
    saveBlob(data as Blob, fileNameOf(response.headers.get('Content-Disposition'), `roadmap-${roadmapId}.${format}`));
  };
  return (
    <Dropdown
      menu={{
        items: [
          { key: 'docx', label: 'Word (DOCX)', onClick: () => void download('docx') },
          { key: 'xlsx', label: 'Excel (XLSX)', onClick: () => void download('xlsx') },
        ],
      }}
    >
      <Button icon={<DownloadOutlined />}>{t('report.export')}</Button>
    </Dropdown>
  );
}

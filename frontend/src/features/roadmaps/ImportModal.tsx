import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Tag, Typography, Upload } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../shared/api/ApiClientProvider';
import type { components } from '../../shared/api/schema';
import { roadmapKeys, useDownloadImportTemplate } from './api';
import { TemplateButton } from '../../shared/files/TemplateButton';
import { DataTable } from '../../shared/ui/DataTable';

type ImportResult = components['schemas']['RoadmapImportResult'];
type ImportRow = components['schemas']['ImportRow'];

/** Upload → check (dry run: every row's problems, nothing saved) → load all rows at once or nothing. */
export function ImportModal({ roadmapId, open, onClose }: { roadmapId: number; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File>();
  const [result, setResult] = useState<ImportResult>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const downloadTemplate = useDownloadImportTemplate();

  const send = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(true);
    setError(undefined);
    const body = new FormData();
    body.append('file', file);
    const { data, error: problem, response } = await client.POST('/api/v1/roadmaps/{roadmapId}/import', {
      params: { path: { roadmapId }, query: { dryRun } },
      body: body as never,
      bodySerializer: (value) => value as FormData,
    });
    setBusy(false);
    if (!response.ok || !data) {
      const p = problem as { detail?: string; errors?: { field: string; message: string }[] } | undefined;
      setError([p?.detail, ...(p?.errors ?? []).map((e) => e.message)].filter(Boolean).join('\n') || t('errors.generic.subtitle'));
      return;
    }
    setResult(data);
    if (data.committed) {
      await queryClient.invalidateQueries({ queryKey: roadmapKeys.roadmap(roadmapId) });
      close();
    }
  };

  const close = () => {
    setFile(undefined);
    setResult(undefined);
    setError(undefined);
    onClose();
  };

  return (
    <Modal
      open={open}
      width={960}
      title={t('roadmaps.import.title')}
      onCancel={close}
      footer={[
        <Button key="cancel" onClick={close}>
          {t('common.cancel')}
        </Button>,
        <Button key="check" disabled={!file} loading={busy && !result} onClick={() => void send(true)}>
          {t('roadmaps.import.check')}
        </Button>,
        <Button
          key="load"
          type="primary"
          disabled={!result || result.errorCount > 0 || result.itemsCreated === 0}
          loading={busy && result != null}
          onClick={() => void send(false)}
        >
          {t('roadmaps.import.load')}
        </Button>,
      ]}
    >
      <Typography.Paragraph type="secondary">{t('roadmaps.import.hint')}</Typography.Paragraph>
      <TemplateButton download={downloadTemplate} />
      <Upload
        accept=".xlsx,.csv"
        maxCount={1}
        beforeUpload={(chosen) => {
          setFile(chosen);
          setResult(undefined);
          return false;
        }}
        onRemove={() => setFile(undefined)}
      >
        <Button icon={<UploadOutlined />}>{t('roadmaps.import.choose')}</Button>
      </Upload>
      {error && <Alert style={{ marginTop: 12, whiteSpace: 'pre-line' }} type="error" showIcon title={error} />}
      {result && (
        <>
          <Alert
            style={{ margin: '12px 0' }}
            type={result.errorCount > 0 ? 'error' : 'success'}
            showIcon
            title={t('roadmaps.import.summary', {
              sections: result.sectionsCreated,
              items: result.itemsCreated,
              errors: result.errorCount,
            })}
          />
          <DataTable<ImportRow>
            label={t('roadmaps.import.title')}
            rowKey="row"
            size="small"
            pagination={false}
            scroll={{ y: 360 }}
            dataSource={result.rows}
            rowClassName={(row) => (row.errors.length > 0 ? 'row-overdue' : '')}
            columns={[
              { key: 'row', title: t('roadmaps.import.row'), dataIndex: 'row', width: 70 },
              { key: 'number', title: t('roadmaps.item.number'), dataIndex: 'number', width: 70 },
              {
                key: 'title',
                title: t('roadmaps.item.title'),
                render: (_, row) => (row.kind === 'SECTION' ? <Typography.Text strong>{row.title}</Typography.Text> : row.title),
              },
              { key: 'timeframe', title: t('roadmaps.item.timeframe'), dataIndex: 'timeframe', width: 180 },
              {
                key: 'problems',
                title: t('roadmaps.import.problems'),
                width: 280,
                render: (_, row) => (
                  <>
                    {row.errors.map((e) => (
                      <div key={e}>
                        <Tag color="error">{e}</Tag>
                      </div>
                    ))}
                    {row.warnings.map((w) => (
                      <div key={w}>
                        <Tag color="warning">{w}</Tag>
                      </div>
                    ))}
                  </>
                ),
              },
            ]}
          />
        </>
      )}
    </Modal>
  );
}

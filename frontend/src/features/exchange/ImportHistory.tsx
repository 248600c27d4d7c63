import { Card, Flex, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportJob } from '../../shared/api/types';
import { QueryErrorResult } from '../../shared/errors/ErrorResult';
import { formatDateTime, formatNumber } from '../../shared/format/format';
import { savedNothing } from '../../shared/imports/jobs';
import { DataTable } from '../../shared/ui/DataTable';
import { useImports } from './api';

const PAGE_SIZE = 10;

const STATUS_COLOR: Record<string, string> = {
  QUEUED: 'default',
  RUNNING: 'processing',
  DONE: 'success',
  REJECTED: 'error',
  FAILED: 'error',
};

/** «Загрузки вашей организации»: every import job of the organisation, newest first, a page at a time from the server. */
export function ImportHistory() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const imports = useImports({ page, size: PAGE_SIZE });

  // Counts of a job that kept nothing are only what the file would have given: shown muted.
  const count = (job: ImportJob, value: number) =>
    savedNothing(job) ? <Typography.Text type="secondary">{formatNumber(value)}</Typography.Text> : formatNumber(value);

  return (
    <Card size="small" title={t('valueImport.history.title')} data-testid="import-history">
      {imports.isError && !imports.data ? (
        <QueryErrorResult error={imports.error} onRetry={() => void imports.refetch()} />
      ) : (
        <DataTable<ImportJob>
          label={t('valueImport.history.title')}
          rowKey="id"
          size="small"
          minWidth="max-content"
          loading={imports.isFetching}
          dataSource={imports.data?.items}
          locale={{ emptyText: t('valueImport.history.empty') }}
          onChange={(pagination) => setPage(pagination.current ?? 1)}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: imports.data?.total ?? 0,
            hideOnSinglePage: true,
            showSizeChanger: false,
          }}
          columns={[
            {
              key: 'file',
              title: t('valueImport.history.file'),
              render: (_, job) => (
                <Flex vertical>
                  {job.fileName ?? t('valueImport.job.noName')}
                  {/* Values by codes are the page's own kind; the others come from a campaign or an assessment. */}
                  {job.kind !== 'VALUES' && (
                    <Typography.Text type="secondary">{t(`valueImport.history.kind.${job.kind}`, { defaultValue: job.kind })}</Typography.Text>
                  )}
                </Flex>
              ),
            },
            { key: 'at', title: t('valueImport.history.uploadedAt'), render: (_, job) => formatDateTime(job.createdAt) },
            { key: 'by', title: t('valueImport.history.uploadedBy'), render: (_, job) => job.createdByName },
            {
              key: 'status',
              title: t('valueImport.history.status'),
              render: (_, job) => (
                <Space size={4} wrap>
                  <Tag color={STATUS_COLOR[job.status] ?? 'default'}>{t(`valueImport.status.${job.status}`, { defaultValue: job.status })}</Tag>
                  {job.dryRun && <Tag>{t('valueImport.history.dryRun')}</Tag>}
                </Space>
              ),
            },
            { key: 'created', title: t('valueImport.summary.created'), align: 'right', render: (_, job) => count(job, job.created) },
            { key: 'updated', title: t('valueImport.summary.updated'), align: 'right', render: (_, job) => count(job, job.updated) },
            { key: 'unchanged', title: t('valueImport.summary.unchanged'), align: 'right', render: (_, job) => count(job, job.unchanged) },
            { key: 'rejected', title: t('valueImport.summary.rejected'), align: 'right', render: (_, job) => formatNumber(job.rejected) },
          ]}
        />
      )}
    </Card>
  );
}

import { useQueryClient } from '@tanstack/react-query';
import { Alert, Card, Flex, Progress, Statistic, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportJob, ImportRejection } from '../api/types';
import { formatNumber } from '../format/format';
import { DataTable } from '../ui/DataTable';
import { importKeys, isRunning, savedNothing, useImportJob } from './jobs';

interface ImportJobPanelProps {
  /** The job as the upload answered it; a queued or running one is followed until it ends. */
  job: ImportJob;
  /** Called once when the job has ended (right away for one that ended inline). */
  onFinished?: (job: ImportJob) => void;
}

/**
 * An import job of indicator values (a file of values, a campaign template, assessment results):
 * its progress while it runs, then the outcome, the counts and the rows refused with their reasons.
 */
export function ImportJobPanel({ job: initial, onFinished }: ImportJobPanelProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { data: job, isError } = useImportJob(initial);
  const reported = useRef<number | null>(null);

  // A queued job is already a row of the uploads, shown while it runs.
  useEffect(() => {
    if (isRunning(initial)) void queryClient.invalidateQueries({ queryKey: importKeys.all });
  }, [initial, queryClient]);

  useEffect(() => {
    if (isRunning(job) || reported.current === job.id) return;
    reported.current = job.id;
    // Every ended job, checks and refusals too, is a row of the organisation's uploads.
    void queryClient.invalidateQueries({ queryKey: importKeys.all });
    // Saved values change the analysis and the campaigns' forms.
    if (!savedNothing(job)) {
      void queryClient.invalidateQueries({ queryKey: ['analytics'] });
      void queryClient.invalidateQueries({ queryKey: ['campaigns'] });
    }
    onFinished?.(job);
  }, [job, onFinished, queryClient]);

  const running = isRunning(job);
  const hypothetical = savedNothing(job);
  return (
    <Card size="small" title={t('valueImport.job.title', { name: job.fileName ?? t('valueImport.job.noName') })} data-testid="import-job">
      <Flex vertical gap={16}>
        {running ? (
          <div data-testid="import-progress">
            <Progress percent={job.progress ?? 0} status="active" />
            <Typography.Text type="secondary">
              {t(`valueImport.phase.${job.status === 'QUEUED' ? 'QUEUED' : (job.phase ?? 'UPLOAD')}`, { defaultValue: job.phase })}
              {job.totalRows > 0 &&
                ` · ${t('valueImport.job.processed', { processed: formatNumber(job.processedRows), total: formatNumber(job.totalRows) })}`}
            </Typography.Text>
            {isError && <Alert type="warning" showIcon title={t('valueImport.job.pollFailed')} style={{ marginTop: 8 }} />}
          </div>
        ) : (
          <Outcome job={job} />
        )}
        <Flex gap={32} wrap data-testid="import-summary">
          <Statistic title={t('valueImport.summary.total')} value={formatNumber(job.totalRows)} />
          <Statistic title={t(hypothetical ? 'valueImport.summary.wouldCreate' : 'valueImport.summary.created')} value={formatNumber(job.created)} />
          <Statistic title={t(hypothetical ? 'valueImport.summary.wouldUpdate' : 'valueImport.summary.updated')} value={formatNumber(job.updated)} />
          <Statistic title={t('valueImport.summary.unchanged')} value={formatNumber(job.unchanged)} />
          <Statistic
            title={t('valueImport.summary.rejected')}
            value={formatNumber(job.rejected)}
            styles={job.rejected > 0 ? { content: { color: '#cf1322' } } : undefined}
          />
        </Flex>
        {(job.rejections?.length ?? 0) > 0 && <Rejections job={job} />}
      </Flex>
    </Card>
  );
}

function Outcome({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  switch (job.status) {
    case 'DONE':
      return (
        <Alert
          type="success"
          showIcon
          role="status"
          title={t(job.dryRun ? 'valueImport.outcome.checked' : 'valueImport.outcome.done')}
          description={job.dryRun ? t('valueImport.outcome.checkedHint') : undefined}
          data-testid="import-outcome"
        />
      );
    case 'REJECTED':
      return (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t('valueImport.outcome.rejected')}
          description={t('valueImport.outcome.rejectedHint')}
          data-testid="import-outcome"
        />
      );
    default:
      return (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t('valueImport.outcome.failed')}
          description={job.failure || undefined}
          data-testid="import-outcome"
        />
      );
  }
}

function Rejections({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  const shown = job.rejections.length;
  return (
    <div>
      <Typography.Text strong>{t('valueImport.rejections.title')}</Typography.Text>
      {job.rejected > shown && (
        <Typography.Text type="secondary">
          {' '}
          {t('valueImport.rejections.firstOf', { shown: formatNumber(shown), total: formatNumber(job.rejected) })}
        </Typography.Text>
      )}
      <DataTable<ImportRejection>
        label={t('valueImport.summary.rejected')}
        rowKey={(r) => `${r.row}-${r.field}-${r.message}`}
        size="small"
        style={{ marginTop: 4 }}
        dataSource={job.rejections}
        pagination={shown > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        data-testid="import-rejections"
        columns={[
          { key: 'row', title: t('valueImport.rejections.row'), width: 100, align: 'right', render: (_, r) => formatNumber(r.row) },
          {
            key: 'field',
            title: t('valueImport.rejections.field'),
            width: 180,
            render: (_, r) => (r.field ? <Typography.Text code>{r.field}</Typography.Text> : '—'),
          },
          { key: 'message', title: t('valueImport.rejections.message'), render: (_, r) => r.message },
        ]}
      />
    </div>
  );
}

import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReviewTask } from '../../shared/api/types';
import { QueryErrorResult } from '../../shared/errors/ErrorResult';
import { formatDateTime } from '../../shared/format/format';
import { PageHeader } from '../../shared/layout/PageHeader';
import { useReviewTasks } from './api';
import { DataTable } from '../../shared/ui/DataTable';

export default function ReviewQueuePage() {
  const { t } = useTranslation();
  const tasks = useReviewTasks();
  if (tasks.isError) return <QueryErrorResult error={tasks.error} onRetry={() => void tasks.refetch()} />;
  return (
    <>
      <PageHeader title={t('reviews.title')} />
      <DataTable<ReviewTask>
        label={t('reviews.title')}
        rowKey={(task) => `${task.roadmapId}-${task.period}`}
        size="middle"
        loading={tasks.isLoading}
        dataSource={tasks.data}
        locale={{ emptyText: t('reviews.empty') }}
        pagination={false}
        columns={[
          { key: 'owner', title: t('reviews.columns.owner'), render: (_, task) => task.owner.name },
          {
            key: 'roadmap',
            title: t('reviews.columns.roadmap'),
            render: (_, task) => <Link to={`/roadmaps/${task.roadmapId}`}>{task.roadmapTitle}</Link>,
          },
          {
            key: 'period',
            title: t('reviews.columns.period'),
            render: (_, task) => <Link to={`/roadmaps/${task.roadmapId}/reports/${task.period}`}>{task.periodLabel}</Link>,
          },
          {
            key: 'submitted',
            title: t('reviews.columns.submitted'),
            render: (_, task) => `${formatDateTime(task.submittedAt)}, ${task.submittedByName}`,
          },
          {
            key: 'late',
            title: t('reviews.columns.late'),
            render: (_, task) => (task.late ? <Tag color="warning">{t('reviews.late')}</Tag> : <Tag color="success">{t('reviews.onTime')}</Tag>),
          },
        ]}
      />
    </>
  );
}

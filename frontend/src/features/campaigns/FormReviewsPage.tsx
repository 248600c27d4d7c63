import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FormSummary } from '../../shared/api/types';
import { QueryErrorResult } from '../../shared/errors/ErrorResult';
import { formatDateTime } from '../../shared/format/format';
import { PageHeader } from '../../shared/layout/PageHeader';
import { useCampaignReviews } from './api';
import { DataTable } from '../../shared/ui/DataTable';

/** The municipality's queue: forms its schools submitted, oldest first, each a link to review it. */
export default function FormReviewsPage() {
  const { t } = useTranslation();
  const reviews = useCampaignReviews();
  if (reviews.isError) return <QueryErrorResult error={reviews.error} onRetry={() => void reviews.refetch()} />;
  return (
    <>
      <PageHeader title={t('formReviews.title')} />
      <DataTable<FormSummary>
        label={t('formReviews.title')}
        rowKey={(f) => `${f.campaignId}-${f.schoolId}`}
        size="middle"
        loading={reviews.isLoading}
        dataSource={reviews.data}
        locale={{ emptyText: t('formReviews.empty') }}
        pagination={{ hideOnSinglePage: true, pageSize: 50 }}
        columns={[
          {
            key: 'school',
            title: t('formReviews.columns.school'),
            render: (_, f) => <Link to={`/campaigns/${f.campaignId}/forms/${f.schoolId}`}>{f.schoolName}</Link>,
          },
          { key: 'municipality', title: t('formReviews.columns.municipality'), render: (_, f) => f.municipalityName },
          {
            key: 'campaign',
            title: t('formReviews.columns.campaign'),
            render: (_, f) => <Link to={`/campaigns/${f.campaignId}`}>{f.campaignName}</Link>,
          },
          { key: 'period', title: t('formReviews.columns.period'), render: (_, f) => f.periodLabel },
          {
            key: 'submitted',
            title: t('formReviews.columns.submitted'),
            render: (_, f) => (f.submittedAt ? `${formatDateTime(f.submittedAt)}${f.submittedByName ? `, ${f.submittedByName}` : ''}` : ''),
          },
        ]}
      />
    </>
  );
}

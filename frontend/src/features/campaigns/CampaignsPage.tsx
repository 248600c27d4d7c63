import { Button, Flex, InputNumber, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CAMPAIGN_STATUSES } from '../../shared/api/enums';
import type { Campaign, CampaignStatus } from '../../shared/api/types';
import { QueryErrorResult } from '../../shared/errors/ErrorResult';
import { formatDate } from '../../shared/format/format';
import { PageHeader } from '../../shared/layout/PageHeader';
import { useCurrentUser } from '../../shared/me/CurrentUser';
import { type CampaignsQuery, useCampaigns } from './api';
import { CampaignFormModal } from './CampaignFormModal';
import { CampaignStatusTag, CompletionProgress, OwnFormState } from './CampaignTags';
import { DataTable } from '../../shared/ui/DataTable';

export default function CampaignsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [query, setQuery] = useState<CampaignsQuery>({});
  const [creating, setCreating] = useState(false);
  const campaigns = useCampaigns(query);
  const school = me.role === 'SCHOOL' ? me.organisation.schoolId : undefined;
  // A school goes straight to its own form; the others to the campaign's overview.
  const linkTo = (c: Campaign) => (school != null ? `/campaigns/${c.id}/forms/${school}` : `/campaigns/${c.id}`);

  if (campaigns.isError && !campaigns.data) {
    return <QueryErrorResult error={campaigns.error} onRetry={() => void campaigns.refetch()} />;
  }

  return (
    <>
      <PageHeader
        title={t('campaigns.title')}
        subtitle={campaigns.data && <span data-testid="campaigns-total">{t('campaigns.total', { count: campaigns.data.length })}</span>}
        actions={
          me.role !== 'SCHOOL' && (
            <Button type="primary" onClick={() => setCreating(true)}>
              {t('campaigns.actions.create')}
            </Button>
          )
        }
      />
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <Select
          allowClear
          placeholder={t('campaigns.filters.status')}
          aria-label={t('campaigns.filters.status')}
          style={{ width: 200 }}
          value={query.status}
          onChange={(status?: CampaignStatus) => setQuery({ ...query, status })}
          options={CAMPAIGN_STATUSES.map((status) => ({ value: status, label: t(`enums.campaignStatus.${status}`) }))}
        />
        <InputNumber
          placeholder={t('campaigns.filters.year')}
          aria-label={t('campaigns.filters.year')}
          min={2000}
          max={2100}
          value={query.year}
          onChange={(year) => setQuery({ ...query, year: year ?? undefined })}
        />
      </Flex>
      <DataTable<Campaign>
        label={t('campaigns.title')}
        rowKey="id"
        size="middle"
        loading={campaigns.isFetching}
        dataSource={campaigns.data}
        locale={{ emptyText: t('campaigns.empty') }}
        pagination={{ hideOnSinglePage: true, pageSize: 20 }}
        columns={[
          {
            key: 'name',
            title: t('campaigns.columns.name'),
            render: (_, c) => (
              <>
                <Link to={linkTo(c)}>{c.name}</Link>
                <br />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('campaigns.indicatorsCount', { count: c.indicators.length })}
                </Typography.Text>
              </>
            ),
          },
          { key: 'period', title: t('campaigns.columns.period'), render: (_, c) => c.periodLabel },
          {
            key: 'deadline',
            title: t('campaigns.columns.deadline'),
            render: (_, c) => (
              <>
                {formatDate(c.deadline)}
                <br />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('campaigns.opensOn')} {formatDate(c.opensOn)}
                </Typography.Text>
              </>
            ),
          },
          { key: 'owner', title: t('campaigns.columns.owner'), render: (_, c) => c.owner.name },
          { key: 'status', title: t('campaigns.columns.status'), render: (_, c) => <CampaignStatusTag status={c.status} /> },
          {
            key: 'progress',
            title: t(school != null ? 'campaigns.columns.ownForm' : 'campaigns.columns.progress'),
            width: 240,
            // A school is told about its own form, not the campaign's counts of one.
            render: (_, c) => (c.ownForm ? <OwnFormState form={c.ownForm} /> : <CompletionProgress row={c.progress} />),
          },
        ]}
      />
      <CampaignFormModal open={creating} onClose={() => setCreating(false)} />
    </>
  );
}

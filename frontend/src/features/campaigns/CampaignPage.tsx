import { Button, Card, Descriptions, Flex, Input, Select, Space, Spin, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';
import { FORM_STATUSES } from '../../shared/api/enums';
import type { Campaign, CompletenessRow, FormStatus, FormSummary } from '../../shared/api/types';
import { QueryErrorResult } from '../../shared/errors/ErrorResult';
import { ServerErrorAlert } from '../../shared/forms/ServerErrorAlert';
import type { ServerFormError } from '../../shared/forms/useServerErrors';
import { formatDate, formatDateTime, formatNumber } from '../../shared/format/format';
import { PageHeader } from '../../shared/layout/PageHeader';
import { CategoryTag } from '../../shared/ui/DomainTags';
import { useCurrentUser } from '../../shared/me/CurrentUser';
import { type FormsQuery, useCampaign, useCampaignForms, useCompleteness } from './api';
import { CampaignActions } from './CampaignActions';
import { CampaignStatusTag, CompletionProgress, FormStatusTag } from './CampaignTags';
import { CampaignTemplateButtons } from './CampaignTemplate';
import { CodeHint } from '../../shared/ui/CodeHint';
import { DataTable } from '../../shared/ui/DataTable';

export default function CampaignPage() {
  const me = useCurrentUser();
  const campaignId = Number(useParams().campaignId);
  // A school has one form in a campaign: its own.
  if (me.role === 'SCHOOL' && me.organisation.schoolId != null) {
    return <Navigate to={`/campaigns/${campaignId}/forms/${me.organisation.schoolId}`} replace />;
  }
  return <CampaignOverview campaignId={campaignId} />;
}

function CampaignOverview({ campaignId }: { campaignId: number }) {
  const { t } = useTranslation();
  const campaign = useCampaign(campaignId);
  const [actionError, setActionError] = useState<ServerFormError | null>(null);
  const [formsQuery, setFormsQuery] = useState<FormsQuery>({ page: 1, size: 20 });

  if (campaign.isError) return <QueryErrorResult error={campaign.error} onRetry={() => void campaign.refetch()} />;
  if (!campaign.data) return <Spin style={{ display: 'block', margin: '64px auto' }} />;
  const c = campaign.data;

  return (
    <>
      <PageHeader
        title={c.name}
        subtitle={
          <Space wrap size={4}>
            <CampaignStatusTag status={c.status} />
            <span>
              {c.periodLabel} · {c.owner.name}
            </span>
          </Space>
        }
        actions={
          <>
            <CampaignTemplateButtons campaign={c} />
            <CampaignActions campaign={c} onError={setActionError} />
          </>
        }
      />
      <ServerErrorAlert
        error={actionError}
        onReloadStale={() => {
          setActionError(null);
          void campaign.refetch();
        }}
        reloading={campaign.isFetching}
      />
      <Flex vertical gap={16}>
        <Card size="small">
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2, xl: 3 }}
            items={[
              { key: 'period', label: t('campaigns.period'), children: c.periodLabel },
              { key: 'opensOn', label: t('campaigns.opensOn'), children: formatDate(c.opensOn) },
              { key: 'deadline', label: t('campaigns.deadline'), children: <strong>{formatDate(c.deadline)}</strong> },
              { key: 'owner', label: t('campaigns.owner'), children: c.owner.name },
              { key: 'target', label: t('campaigns.target.heading'), children: <TargetSummary campaign={c} /> },
              ...(c.openedAt ? [{ key: 'openedAt', label: t('campaigns.openedAt'), children: formatDateTime(c.openedAt) }] : []),
              ...(c.closedAt ? [{ key: 'closedAt', label: t('campaigns.closedAt'), children: formatDateTime(c.closedAt) }] : []),
            ]}
          />
        </Card>
        <Card size="small" title={`${t('campaigns.indicators')} · ${t('campaigns.indicatorsCount', { count: c.indicators.length })}`}>
          <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="campaign-indicators">
            {c.indicators.map((indicator) => (
              <li key={indicator.id}>
                {indicator.name} <CodeHint code={indicator.code} label={t('usability.indicatorCode')} />
                {indicator.computed && <Tag color="cyan">{t('campaigns.computedTag')}</Tag>}
              </li>
            ))}
          </ul>
        </Card>
        {c.status === 'DRAFT' ? (
          <Typography.Text type="secondary">{t('campaigns.forms.notOpened')}</Typography.Text>
        ) : (
          <>
            <CompletenessCard
              campaignId={c.id}
              onMunicipality={(municipalityId) => setFormsQuery({ ...formsQuery, municipalityId, page: 1 })}
            />
            <FormsCard campaignId={c.id} query={formsQuery} onQuery={setFormsQuery} />
          </>
        )}
      </Flex>
    </>
  );
}

function TargetSummary({ campaign: c }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const schoolIds = c.target.schoolIds ?? [];
  if (schoolIds.length > 0) return <>{t('campaigns.target.schoolsCount', { count: schoolIds.length })}</>;
  const categories = c.target.categories ?? [];
  const municipalities = c.target.municipalityIds ?? [];
  return (
    <Space size={4} wrap>
      {categories.length === 0 ? t('campaigns.target.allSchools') : categories.map((cat) => <CategoryTag key={cat} category={cat} />)}
      {municipalities.length > 0 && (
        <Typography.Text type="secondary">
          · {t('campaigns.target.municipalities')}: {formatNumber(municipalities.length)}
        </Typography.Text>
      )}
    </Space>
  );
}

function CompletenessCard({ campaignId, onMunicipality }: { campaignId: number; onMunicipality: (id: number) => void }) {
  const { t } = useTranslation();
  const completeness = useCompleteness(campaignId);
  if (completeness.isError) return <QueryErrorResult error={completeness.error} onRetry={() => void completeness.refetch()} />;
  const data = completeness.data;
  const count = (key: keyof CompletenessRow, danger = false) => ({
    key,
    title: t(`campaigns.completeness.${key}`),
    align: 'right' as const,
    render: (_: unknown, row: CompletenessRow) => {
      const value = Number(row[key]);
      return danger && value > 0 ? <Typography.Text type="danger">{formatNumber(value)}</Typography.Text> : formatNumber(value);
    },
  });
  const columns = [
    {
      key: 'municipality',
      title: t('campaigns.completeness.municipality'),
      render: (_: unknown, row: CompletenessRow) => (
        <Button type="link" size="small" style={{ padding: 0 }} onClick={() => row.municipalityId != null && onMunicipality(row.municipalityId)}>
          {row.municipalityName}
        </Button>
      ),
    },
    count('expected'),
    count('notStarted'),
    count('draft'),
    count('submitted'),
    count('returned'),
    count('accepted'),
    count('late', true),
    {
      key: 'completion',
      title: t('campaigns.completeness.completion'),
      width: 200,
      render: (_: unknown, row: CompletenessRow) => <CompletionProgress row={row} compact />,
    },
  ];
  return (
    <Card
      size="small"
      title={t('campaigns.completeness.title')}
      extra={data && <Typography.Text type="secondary">{t('campaigns.completeness.asOf', { date: formatDate(data.asOf) })}</Typography.Text>}
    >
      <DataTable<CompletenessRow>
        label={t('campaigns.completeness.title')}
        rowKey="municipalityId"
        size="small"
        loading={completeness.isLoading}
        dataSource={data?.municipalities}
        pagination={false}
        columns={columns}
        data-testid="completeness"
        summary={() =>
          data && (
            <Table.Summary.Row style={{ fontWeight: 600 }} data-testid="completeness-total">
              <Table.Summary.Cell index={0}>{t('campaigns.completeness.total')}</Table.Summary.Cell>
              {columns.slice(1).map((column, index) => (
                <Table.Summary.Cell key={column.key} index={index + 1} align={'align' in column ? column.align : undefined}>
                  {column.render(undefined, data.total)}
                </Table.Summary.Cell>
              ))}
            </Table.Summary.Row>
          )
        }
      />
    </Card>
  );
}

function FormsCard({ campaignId, query, onQuery }: { campaignId: number; query: FormsQuery; onQuery: (q: FormsQuery) => void }) {
  const { t } = useTranslation();
  const forms = useCampaignForms(campaignId, query);
  const completeness = useCompleteness(campaignId);
  const municipalities = completeness.data?.municipalities ?? [];
  const change = (patch: Partial<FormsQuery>) => onQuery({ ...query, ...patch, page: 1 });
  return (
    <Card
      size="small"
      title={t('campaigns.forms.title')}
      extra={forms.data && <Typography.Text type="secondary">{t('campaigns.forms.total', { count: forms.data.total })}</Typography.Text>}
    >
      <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder={t('campaigns.forms.search')}
          aria-label={t('campaigns.forms.search')}
          style={{ width: 260 }}
          onSearch={(q) => change({ q: q.trim() || undefined })}
        />
        {municipalities.length > 1 && (
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('campaigns.forms.municipality')}
            aria-label={t('campaigns.forms.municipality')}
            style={{ width: 240 }}
            value={query.municipalityId}
            onChange={(municipalityId?: number) => change({ municipalityId })}
            options={municipalities.map((m) => ({ value: m.municipalityId, label: m.municipalityName }))}
          />
        )}
        <Select
          allowClear
          placeholder={t('campaigns.forms.status')}
          aria-label={t('campaigns.forms.status')}
          style={{ width: 180 }}
          value={query.status}
          onChange={(status?: FormStatus) => change({ status })}
          options={FORM_STATUSES.map((status) => ({ value: status, label: t(`enums.formStatus.${status}`) }))}
        />
        <Space>
          <Switch
            checked={query.late === true}
            onChange={(late) => change({ late: late || undefined })}
            aria-label={t('campaigns.forms.onlyLate')}
          />
          <span>{t('campaigns.forms.onlyLate')}</span>
        </Space>
      </Flex>
      {forms.isError && !forms.data ? (
        <QueryErrorResult error={forms.error} onRetry={() => void forms.refetch()} />
      ) : (
        <DataTable<FormSummary>
          label={t('campaigns.forms.title')}
          rowKey="schoolId"
          size="small"
          loading={forms.isFetching}
          dataSource={forms.data?.items}
          locale={{ emptyText: t('campaigns.forms.empty') }}
          rowClassName={(f) => (f.late ? 'row-overdue' : '')}
          onChange={(pagination) =>
            onQuery({ ...query, page: pagination.current ?? 1, size: pagination.pageSize ?? query.size })
          }
          pagination={{
            current: query.page,
            pageSize: query.size,
            total: forms.data?.total ?? 0,
            hideOnSinglePage: true,
            showTotal: (count) => t('campaigns.forms.total', { count }),
          }}
          columns={[
            {
              key: 'school',
              title: t('campaigns.forms.school'),
              render: (_, f) => (
                <>
                  <Link to={`/campaigns/${f.campaignId}/forms/${f.schoolId}`}>{f.schoolName}</Link>
                  <br />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {f.schoolCode}
                  </Typography.Text>
                </>
              ),
            },
            { key: 'municipality', title: t('campaigns.forms.municipality'), render: (_, f) => f.municipalityName },
            {
              key: 'status',
              title: t('campaigns.forms.status'),
              render: (_, f) => (
                <Space size={4} wrap>
                  <FormStatusTag status={f.status} />
                  {f.late && <Tag color="error">{t('campaigns.forms.late')}</Tag>}
                </Space>
              ),
            },
            {
              key: 'submitted',
              title: t('campaigns.forms.submitted'),
              render: (_, f) => (f.submittedAt ? `${formatDateTime(f.submittedAt)}${f.submittedByName ? `, ${f.submittedByName}` : ''}` : ''),
            },
            { key: 'reviewed', title: t('campaigns.forms.reviewed'), render: (_, f) => formatDateTime(f.reviewedAt) },
          ]}
        />
      )}
    </Card>
  );
}

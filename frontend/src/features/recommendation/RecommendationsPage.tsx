import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Flex, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useApiClient } from '../../shared/api/ApiClientProvider';
import type { Recommendation } from '../../shared/api/types';
import { QueryErrorResult } from '../../shared/errors/ErrorResult';
import { fileNameOf, saveBlob } from '../../shared/files/download';
import { formatDate } from '../../shared/format/format';
import { PageHeader } from '../../shared/layout/PageHeader';
import { DataTable } from '../../shared/ui/DataTable';
import { type RecommendationsQuery, useMe, useRecommendations } from './api';
import { RecommendationFormModal } from './RecommendationFormModal';
import { RecommendationStatusTag } from './RecommendationStatusTag';

const STATUSES = ['ISSUED', 'ANSWERED', 'DONE', 'WITHDRAWN'] as const;

export default function RecommendationsPage() {
  const { t } = useTranslation();
  const [query, setQuery] = useState<RecommendationsQuery>({ page: 1, size: 20 });
  const [search] = useSearchParams();
  // «Выдать рекомендацию» from a curator's school opens the form addressed to that school.
  const addressee = Number(search.get('addressee') ?? 0) || undefined;
  const [creating, setCreating] = useState(addressee != null);
  const recommendations = useRecommendations(query);
  const me = useMe();
  const client = useApiClient();
  const navigate = useNavigate();
  const { message } = App.useApp();
  if (recommendations.isError && !recommendations.data) {
    return <QueryErrorResult error={recommendations.error} onRetry={() => void recommendations.refetch()} />;
  }
  const change = (patch: Partial<RecommendationsQuery>) => setQuery({ ...query, ...patch, page: 1 });
  const issues = me.data != null && me.data.role !== 'SCHOOL';
  const exportXlsx = async () => {
    const { data, response } = await client.GET('/api/v1/recommendations/export', {
      params: { query: { addressed: query.addressed, overdue: query.overdue, status: query.status } },
      parseAs: 'blob',
    });
    if (!response.ok || !data) {
      void message.error(t('support.common.exportFailed'));
      return;
    }
    saveBlob(data as Blob, fileNameOf(response.headers.get('Content-Disposition'), 'recommendations.xlsx'));
  };
  return (
    <>
      <PageHeader
        title={t('support.recommendations.title')}
        actions={
          <>
            <Button icon={<DownloadOutlined />} onClick={() => void exportXlsx()}>
              {t('support.common.exportXlsx')}
            </Button>
            {issues && (
              <Button type="primary" onClick={() => setCreating(true)}>
                {t('support.recommendations.create')}
              </Button>
            )}
          </>
        }
      />
      <Flex gap={16} wrap align="center" style={{ marginBottom: 16 }}>
        {me.data && (me.data.role === 'SCHOOL' || me.data.role === 'MUNICIPALITY') && (
          <Checkbox checked={query.addressed === true} onChange={(e) => change({ addressed: e.target.checked || undefined })}>
            {t('support.recommendations.addressed')}
          </Checkbox>
        )}
        <Checkbox checked={query.overdue === true} onChange={(e) => change({ overdue: e.target.checked || undefined })}>
          {t('support.common.onlyOverdue')}
        </Checkbox>
        <Select
          allowClear
          placeholder={t('support.recommendations.columns.status')}
          aria-label={t('support.recommendations.columns.status')}
          style={{ width: 180 }}
          value={query.status}
          onChange={(status?: RecommendationsQuery['status']) => change({ status })}
          options={STATUSES.map((s) => ({ value: s, label: t(`support.recommendations.status.${s}`) }))}
        />
      </Flex>
      <DataTable<Recommendation>
        label={t('support.recommendations.title')}
rowKey="id"
        size="middle"
        loading={recommendations.isFetching}
        dataSource={recommendations.data?.items}
        locale={{ emptyText: t('support.recommendations.empty') }}
        minWidth="max-content"
        onChange={(p) => setQuery({ ...query, page: p.current ?? 1, size: p.pageSize ?? query.size })}
        pagination={{ current: query.page, pageSize: query.size, total: recommendations.data?.total ?? 0 }}
        columns={[
          {
            key: 'text',
            title: t('support.recommendations.columns.text'),
            render: (_, r) => (
              <Typography.Paragraph style={{ marginBottom: 0, maxWidth: 520 }} ellipsis={{ rows: 3 }}>
                <Link to={`/recommendations/${r.id}`}>{r.text}</Link>
              </Typography.Paragraph>
            ),
          },
          { key: 'addressee', title: t('support.recommendations.columns.addressee'), render: (_, r) => r.addressee.name },
          { key: 'issuer', title: t('support.recommendations.columns.issuer'), render: (_, r) => r.issuerName },
          {
            key: 'dueOn',
            title: t('support.recommendations.columns.dueOn'),
            render: (_, r) => <Typography.Text type={r.overdue ? 'danger' : undefined}>{formatDate(r.dueOn)}</Typography.Text>,
          },
          {
            key: 'status',
            title: t('support.recommendations.columns.status'),
            render: (_, r) => (
              <>
                <RecommendationStatusTag status={r.status} />
                {r.overdue && <Tag color="red">{t('support.common.overdue')}</Tag>}
              </>
            ),
          },
        ]}
      />
      {creating && (
        <RecommendationFormModal
          defaults={addressee ? { addresseeType: 'SCHOOL', addresseeId: addressee } : undefined}
          onClose={(id) => {
            setCreating(false);
            if (id) navigate(`/recommendations/${id}`);
          }}
        />
      )}
    </>
  );
}

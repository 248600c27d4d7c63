import { Button, Checkbox, Flex, Input, InputNumber, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ROADMAP_LEVELS, ROADMAP_STATUSES } from '../../shared/api/enums';
import type { RoadmapSummary } from '../../shared/api/types';
import { QueryErrorResult } from '../../shared/errors/ErrorResult';
import { PageHeader } from '../../shared/layout/PageHeader';
import { useCurrentUser } from '../me/CurrentUser';
import { useMunicipalities } from '../registry/api';
import { type RoadmapsQuery, useDirections, useRoadmaps } from './api';
import { CreateRoadmapModal } from './CreateRoadmapModal';
import { RoadmapStatusTag } from './RoadmapTags';

export default function RoadmapsPage() {
  const { t } = useTranslation();
  const [query, setQuery] = useState<RoadmapsQuery>({ page: 1, size: 20 });
  const [creating, setCreating] = useState(false);
  const roadmaps = useRoadmaps(query);
  const me = useCurrentUser();
  const directions = useDirections();
  // Only the ministry chooses among municipalities; a municipality or a school sees its own anyway.
  const municipalities = useMunicipalities(me.organisation.type === 'REGION' ? me.organisation.regionId : undefined);
  const change = (patch: Partial<RoadmapsQuery>) => setQuery({ ...query, ...patch, page: 1 });

  if (roadmaps.isError && !roadmaps.data) {
    return <QueryErrorResult error={roadmaps.error} onRetry={() => void roadmaps.refetch()} />;
  }
  const total = roadmaps.data?.total ?? 0;

  return (
    <>
      <PageHeader
        title={t('roadmaps.title')}
        subtitle={roadmaps.data && <span data-testid="roadmaps-total">{t('roadmaps.total', { count: total })}</span>}
        actions={
          <Button type="primary" onClick={() => setCreating(true)}>
            {t('roadmaps.actions.create')}
          </Button>
        }
      />
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          placeholder={t('roadmaps.search')}
          style={{ width: 280 }}
          onSearch={(q) => change({ q: q || undefined })}
        />
        <Select
          allowClear
          placeholder={t('roadmaps.filters.level')}
          aria-label={t('roadmaps.filters.level')}
          style={{ width: 180 }}
          value={query.level}
          onChange={(level?: RoadmapsQuery['level']) => change({ level })}
          options={ROADMAP_LEVELS.map((level) => ({ value: level, label: t(`enums.roadmapLevel.${level}`) }))}
        />
        <Select
          allowClear
          placeholder={t('roadmaps.filters.status')}
          aria-label={t('roadmaps.filters.status')}
          style={{ width: 180 }}
          value={query.status}
          onChange={(status?: RoadmapsQuery['status']) => change({ status })}
          options={ROADMAP_STATUSES.map((status) => ({ value: status, label: t(`enums.roadmapStatus.${status}`) }))}
        />
        {me.organisation.type === 'REGION' && (
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('roadmaps.filters.municipality')}
            aria-label={t('roadmaps.filters.municipality')}
            style={{ width: 240 }}
            value={query.municipalityId}
            onChange={(municipalityId?: number) => change({ municipalityId })}
            options={municipalities.data?.map((m) => ({ value: m.id, label: m.name }))}
          />
        )}
        <Select
          allowClear
          placeholder={t('roadmaps.filters.direction')}
          aria-label={t('roadmaps.filters.direction')}
          style={{ width: 260 }}
          value={query.direction}
          onChange={(direction?: string) => change({ direction })}
          options={directions.data?.map((d) => ({ value: d.code, label: `${d.code} ${d.name}` }))}
          popupMatchSelectWidth={false}
        />
        <InputNumber
          placeholder={t('roadmaps.filters.year')}
          aria-label={t('roadmaps.filters.year')}
          min={2000}
          max={2100}
          value={query.year}
          onChange={(year) => change({ year: year ?? undefined })}
        />
        <Checkbox checked={query.hasOverdue === true} onChange={(e) => change({ hasOverdue: e.target.checked || undefined })}>
          {t('roadmaps.filters.overdue')}
        </Checkbox>
      </Flex>
      <Table<RoadmapSummary>
        rowKey="id"
        size="middle"
        loading={roadmaps.isFetching}
        dataSource={roadmaps.data?.items}
        locale={{ emptyText: t('roadmaps.empty') }}
        rowClassName={(r) => (r.overdueItems + r.overdueReports > 0 ? 'row-overdue' : '')}
        onChange={(pagination) =>
          setQuery({ ...query, page: pagination.current ?? 1, size: pagination.pageSize ?? query.size })
        }
        pagination={{ current: query.page, pageSize: query.size, total, showTotal: (count) => t('roadmaps.total', { count }) }}
        columns={[
          {
            key: 'title',
            title: t('roadmaps.columns.title'),
            render: (_, r) => (
              <>
                <Link to={`/roadmaps/${r.id}`}>{r.title}</Link>
                <br />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t(`enums.roadmapLevel.${r.level}`)} · {r.direction.code} {r.direction.name}
                </Typography.Text>
              </>
            ),
          },
          { key: 'owner', title: t('roadmaps.columns.owner'), render: (_, r) => r.owner.name },
          {
            key: 'period',
            title: t('roadmaps.columns.period'),
            render: (_, r) => (r.yearFrom === r.yearTo ? t('roadmaps.year', { year: r.yearFrom }) : t('roadmaps.years', { from: r.yearFrom, to: r.yearTo })),
          },
          { key: 'status', title: t('roadmaps.columns.status'), render: (_, r) => <RoadmapStatusTag status={r.status} /> },
          { key: 'items', title: t('roadmaps.columns.items'), align: 'right', dataIndex: 'itemsCount' },
          {
            key: 'overdue',
            title: t('roadmaps.columns.overdue'),
            render: (_, r) =>
              r.overdueItems + r.overdueReports === 0 ? (
                <Typography.Text type="secondary">{t('roadmaps.noOverdue')}</Typography.Text>
              ) : (
                <Typography.Text type="danger" data-testid="overdue">
                  {r.overdueItems > 0 && <div>{t('roadmaps.overdueItems', { count: r.overdueItems })}</div>}
                  {r.overdueReports > 0 && <div>{t('roadmaps.overdueReports', { count: r.overdueReports })}</div>}
                </Typography.Text>
              ),
          },
        ]}
      />
      <CreateRoadmapModal open={creating} onClose={() => setCreating(false)} />
    </>
  );
}

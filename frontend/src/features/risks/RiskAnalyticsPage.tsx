import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Row, Select, Space, Spin, Statistic } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart, type ChartOption } from '../../shared/charts/EChart';
import { QueryErrorResult } from '../../shared/errors/ErrorResult';
import { PageHeader } from '../../shared/layout/PageHeader';
import { DataTable } from '../../shared/ui/DataTable';
import { useExportRiskAnalytics, useRiskAnalytics } from './api';
import { HeatMap } from './HeatMap';
import type { RiskAnalytics } from './types';

/**
 * The region's picture: categories of schools by municipality and year, how the approved lists changed, the heat
 * map municipality × risk factor (schools at high risk), the factors' trend and how levels moved against last year.
 */
export default function RiskAnalyticsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const current = new Date().getFullYear();
  const [year, setYear] = useState(current);
  const analytics = useRiskAnalytics(year);
  const exporting = useExportRiskAnalytics();
  return (
    <>
      <PageHeader
        title={t('identification.analytics.title')}
        subtitle={t('identification.analytics.subtitle')}
        actions={
          <>
            <Select
              aria-label={t('identification.risk.year')}
              value={year}
              onChange={setYear}
              style={{ width: 100 }}
              options={[current - 3, current - 2, current - 1, current, current + 1].map((y) => ({ value: y, label: String(y) }))}
            />
            <Button
              icon={<DownloadOutlined />}
              loading={exporting.isPending}
              onClick={() => exporting.mutate(year, { onError: () => void message.error(t('identification.analytics.exportFailed')) })}
            >
              {t('identification.analytics.export')}
            </Button>
          </>
        }
      />
      {analytics.isError ? (
        <QueryErrorResult error={analytics.error} onRetry={() => void analytics.refetch()} />
      ) : !analytics.data ? (
        <Spin style={{ display: 'block', margin: '64px auto' }} />
      ) : (
        <Analytics data={analytics.data} />
      )}
    </>
  );
}

function Analytics({ data }: { data: RiskAnalytics }) {
  const { t } = useTranslation();
  const years = Array.from({ length: data.year - data.fromYear + 1 }, (_, i) => data.fromYear + i);
  const names = new Map(data.municipalities.map((m) => [m.id, m.name]));

  const categoryRows = data.municipalities.map((m) => {
    const row: Record<string, string | number> = { key: m.id, name: m.name };
    for (const y of years) {
      const of = data.categories.filter((c) => c.municipalityId === m.id && c.year === y);
      row[`y${y}`] = of.map((c) => `${t(`enums.category.${c.category}`)} ${c.schools}`).join(', ') || '—';
    }
    return row;
  });

  const heat = useMemo(() => {
    const cells: [number, number, number][] = [];
    data.municipalities.forEach((m, row) =>
      data.factors.forEach((f, column) => {
        const cell = data.heatMap.find((c) => c.municipalityId === m.id && c.factorId === f.id);
        cells.push([column, row, cell?.high ?? 0]);
      }),
    );
    return { rows: data.municipalities.map((m) => m.name), columns: data.factors.map((f) => f.name), cells };
  }, [data]);

  const trend: ChartOption = useMemo(() => {
    const withHigh = data.factors.filter((f) => data.trends.some((tr) => tr.factorId === f.id && tr.high > 0));
    return {
      tooltip: { trigger: 'axis' },
      legend: { type: 'scroll', bottom: 0 },
      grid: { left: 40, right: 16, top: 16, bottom: 60 },
      xAxis: { type: 'category', data: years.map(String) },
      yAxis: { type: 'value', minInterval: 1 },
      series: withHigh.map((f) => ({
        type: 'line',
        name: f.name,
        data: years.map((y) => data.trends.find((tr) => tr.factorId === f.id && tr.year === y)?.high ?? 0),
      })),
    };
  }, [data, years]);

  return (
    <>
      <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
        <Col xs={8} md={4}>
          <Card size="small">
            <Statistic title={t('identification.analytics.started')} value={data.profiles.started} />
          </Card>
        </Col>
        <Col xs={8} md={4}>
          <Card size="small">
            <Statistic title={t('identification.analytics.submitted')} value={data.profiles.submitted} />
          </Card>
        </Col>
        <Col xs={8} md={4}>
          <Card size="small">
            <Statistic title={t('identification.analytics.accepted')} value={data.profiles.accepted} />
          </Card>
        </Col>
      </Row>
      <Card title={t('identification.analytics.categories')} style={{ marginBottom: 16 }}>
        <DataTable
          label={t('identification.analytics.categories')}
          dataSource={categoryRows}
          pagination={false}
          size="small"
          minWidth={640}
          columns={[
            { title: t('identification.columns.municipality'), dataIndex: 'name' },
            ...years.map((y) => ({ title: String(y), dataIndex: `y${y}` })),
          ]}
        />
      </Card>
      <Card title={t('identification.analytics.lists')} style={{ marginBottom: 16 }}>
        <DataTable
          label={t('identification.analytics.lists')}
          rowKey="listId"
          dataSource={data.listChanges}
          pagination={false}
          size="small"
          minWidth={640}
          locale={{ emptyText: t('identification.analytics.noLists') }}
          columns={[
            { title: t('identification.columns.year'), dataIndex: 'year' },
            { title: t('identification.columns.category'), dataIndex: 'category', render: (c: string) => t(`enums.category.${c}`) },
            { title: t('identification.list.count.listed'), dataIndex: 'listed' },
            { title: t('identification.list.count.entering'), dataIndex: 'entering' },
            { title: t('identification.list.count.staying'), dataIndex: 'staying' },
            { title: t('identification.list.count.added'), dataIndex: 'added' },
            { title: t('identification.list.count.excluded'), dataIndex: 'excluded' },
            { title: t('identification.list.count.leaving'), dataIndex: 'leaving' },
          ]}
        />
      </Card>
      <Card title={t('identification.analytics.heatMap', { year: data.year })} style={{ marginBottom: 16 }}>
        <HeatMap rows={heat.rows} columns={heat.columns} cells={heat.cells} ariaLabel={t('identification.analytics.heatMapLabel', { year: data.year })} />
      </Card>
      <Card title={t('identification.analytics.trends')} style={{ marginBottom: 16 }}>
        <EChart option={trend} ariaLabel={t('identification.analytics.trendsLabel')} />
      </Card>
      <Movement data={data} names={names} />
    </>
  );
}

/**
 * How levels moved against last year: per municipality over all factors with the total of the region, and per factor in
 * the region or in one municipality, with how many high levels came down.
 */
function Movement({ data, names }: { data: RiskAnalytics; names: Map<number, string> }) {
  const { t } = useTranslation();
  const [municipality, setMunicipality] = useState<number | null>(null);
  const title = t('identification.analytics.movement', { from: data.year - 1, to: data.year });
  const counts = [
    { title: t('identification.risk.movement.IMPROVED'), dataIndex: 'improved' },
    { title: t('identification.risk.movement.WORSENED'), dataIndex: 'worsened' },
    { title: t('identification.risk.movement.SAME'), dataIndex: 'same' },
    { title: t('identification.analytics.highLowered'), dataIndex: 'highLowered' },
  ];
  const factorNames = new Map(data.factors.map((f) => [f.id, f.name]));
  const byMunicipality = [
    ...data.movement.map((m) => ({ key: String(m.municipalityId), name: names.get(m.municipalityId) ?? '', ...m })),
    { key: 'total', name: t('identification.analytics.movementTotal'), ...data.movementTotal },
  ];
  const byFactor = data.factorMovement
    .filter((m) => (m.municipalityId ?? null) === municipality)
    .map((m) => ({ key: String(m.factorId), name: factorNames.get(m.factorId) ?? '', ...m }));
  return (
    <Card title={title}>
      <DataTable
        label={title}
        rowKey="key"
        dataSource={byMunicipality}
        pagination={false}
        size="small"
        columns={[{ title: t('identification.columns.municipality'), dataIndex: 'name' }, ...counts]}
      />
      <Space wrap style={{ margin: '16px 0 8px' }}>
        <strong>{t('identification.analytics.movementByFactor')}</strong>
        <Select
          aria-label={t('identification.columns.municipality')}
          value={municipality ?? 0}
          onChange={(v: number) => setMunicipality(v === 0 ? null : v)}
          style={{ minWidth: 220 }}
          options={[
            { value: 0, label: t('identification.analytics.allMunicipalities') },
            ...data.municipalities.map((m) => ({ value: m.id, label: m.name })),
          ]}
        />
      </Space>
      <DataTable
        label={t('identification.analytics.movementByFactor')}
        rowKey="key"
        dataSource={byFactor}
        pagination={false}
        size="small"
        minWidth={640}
        columns={[{ title: t('identification.risk.columns.factor'), dataIndex: 'name' }, ...counts]}
      />
    </Card>
  );
}

import type { UseQueryResult } from '@tanstack/react-query';
import { Card, Empty, Space, Spin, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DynamicsPoint, Indicator, IndicatorDynamics } from '../../shared/api/types';
import { EChart, type ChartOption } from '../../shared/charts/EChart';
import { QueryErrorResult } from '../../shared/errors/ErrorResult';
import { formatDateTime, formatMeasure, formatNumber } from '../../shared/format/format';
import { AttainedTag, ChangeText, CoverageText } from './AnalyticsTags';
import { DataTable } from '../../shared/ui/DataTable';

const VALUE_COLOR = '#1f5fa8';
const PARTIAL_COLOR = '#8c8c8c';
const TARGET_COLOR = '#d4380d';

/** The line of values over periods with the target, and the same numbers as a table. */
export function DynamicsCard({ indicator, dynamics }: { indicator: Indicator; dynamics: UseQueryResult<IndicatorDynamics> }) {
  const { t } = useTranslation();
  // The previous answer stands in while a new scope or cut loads, but not another indicator's.
  const data = dynamics.data?.indicatorId === indicator.id ? dynamics.data : undefined;

  // Change, verdict and coverage come from the server; the page only shows them.
  const rows: DynamicsPoint[] = data?.points ?? [];

  const option = useMemo(
    () => (data ? chartOption(data, t('analytics.dynamics.value'), t('analytics.dynamics.target'), t('analytics.coverage.partialSeries')) : undefined),
    [data, t],
  );

  if (dynamics.isError && !data) return <QueryErrorResult error={dynamics.error} onRetry={() => void dynamics.refetch()} />;
  if (!data) return <Spin style={{ display: 'block', margin: '64px auto' }} />;

  const last = [...data.points].reverse().find((p) => p.value != null && !p.coverage.partial);
  const description = last
    ? t('analytics.dynamics.chartLabel', {
        indicator: data.indicatorName,
        unit: data.unitName,
        period: last.periodLabel,
        value: formatMeasure(last.value, data.unit),
      }) + (last.target != null ? t('analytics.dynamics.chartTarget', { target: formatMeasure(last.target, data.unit) }) : '')
    : t('analytics.dynamics.empty');

  return (
    <Card
      size="small"
      title={
        <Space size={4} wrap>
          <span>{t('analytics.dynamics.title')}:</span>
          <span data-testid="dynamics-unit">{data.unitName}</span>
          {data.disaggregationLabel && <Typography.Text type="secondary">· {data.disaggregationLabel}</Typography.Text>}
        </Space>
      }
      extra={
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t(`analytics.aggregation.${data.aggregation}`)} · {t('analytics.asOf', { date: formatDateTime(data.asOf) })}
        </Typography.Text>
      }
    >
      <Typography.Paragraph style={{ marginBottom: 8 }}>
        <Typography.Text strong>{indicator.name}</Typography.Text>
        {data.unit && <Typography.Text type="secondary">, {data.unit}</Typography.Text>}
      </Typography.Paragraph>
      {data.points.length > 0 && <EChart option={option!} ariaLabel={description} data-testid="dynamics-chart" height={300} />}
      {/* The table is there even without values, so the page always has the same place to read them from. */}
      <DataTable<DynamicsPoint>
        label={t('analytics.dynamics.title')}
        rowKey="period"
        size="small"
        pagination={false}
        loading={dynamics.isFetching}
        dataSource={rows}
        data-testid="dynamics-table"
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('analytics.dynamics.empty')} data-testid="dynamics-empty" />,
        }}
        columns={[
          { key: 'period', title: t('analytics.dynamics.columns.period'), render: (_, row) => row.periodLabel },
          {
            key: 'value',
            title: t('analytics.dynamics.columns.value'),
            align: 'right',
            render: (_, row) =>
              row.coverage.partial ? (
                <Typography.Text type="secondary" title={t('analytics.coverage.partialHint')}>
                  {formatMeasure(row.value, data.unit)}
                </Typography.Text>
              ) : (
                <strong>{formatMeasure(row.value, data.unit)}</strong>
              ),
          },
          {
            key: 'target',
            title: t('analytics.dynamics.columns.target'),
            align: 'right',
            render: (_, row) => (row.target == null ? '—' : formatMeasure(row.target, data.unit)),
          },
          {
            key: 'attained',
            title: t('analytics.dynamics.columns.attained'),
            render: (_, row) => <AttainedTag attained={row.attained} />,
          },
          {
            key: 'change',
            title: t('analytics.dynamics.columns.change'),
            align: 'right',
            render: (_, row) => <ChangeText change={row.change} improved={row.improved} unit={data.unit} />,
          },
          {
            key: 'schools',
            title: t('analytics.dynamics.columns.schools'),
            align: 'right',
            render: (_, row) => <CoverageText coverage={row.coverage} />,
          },
        ]}
      />
      {data.points.some((p) => p.coverage.partial && p.schools > 0) && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }} data-testid="partial-note">
          {t('analytics.coverage.note', { threshold: formatNumber(Math.round(data.sufficientCoverage * 100)) })}
        </Typography.Paragraph>
      )}
      {data.better === 'NONE' && data.points.length > 0 && <Tag style={{ marginTop: 8 }}>{t('analytics.noDirection')}</Tag>}
    </Card>
  );
}

/**
 * The trend line joins only the values enough of the expected schools stand behind; a partial value is a grey
 * point of its own, so that one school's figure is not read as the region's turn.
 */
function chartOption(data: IndicatorDynamics, valueName: string, targetName: string, partialName: string): ChartOption {
  const hasPartial = data.points.some((p) => p.coverage.partial && p.value != null);
  const hasTargets = data.points.some((p) => p.target != null);
  const label = (value: unknown) => (typeof value === 'number' ? formatMeasure(value) : '');
  return {
    animationDuration: 300,
    grid: { left: 56, right: 24, top: 32, bottom: 48 },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (value) => (typeof value === 'number' ? formatMeasure(value, data.unit) : '—'),
    },
    legend: { bottom: 0, data: [valueName, ...(hasPartial ? [partialName] : []), ...(hasTargets ? [targetName] : [])] },
    xAxis: { type: 'category', data: data.points.map((p) => p.periodLabel), boundaryGap: true },
    yAxis: {
      type: 'value',
      name: data.unit ?? '',
      // Values and targets of a few points apart would be a flat line on an axis from zero.
      scale: true,
      axisLabel: { formatter: (value: number) => formatMeasure(value) },
    },
    series: [
      {
        name: valueName,
        type: 'line',
        data: data.points.map((p) => (p.coverage.partial ? null : (p.value ?? null))),
        color: VALUE_COLOR,
        symbolSize: 8,
        label: { show: true, position: 'top', formatter: (params) => label(params.value) },
      },
      ...(hasPartial
        ? [
            {
              name: partialName,
              // Points only: a line series with no line, so that no two partial values read as a trend either.
              type: 'line' as const,
              data: data.points.map((p) => (p.coverage.partial ? (p.value ?? null) : null)),
              color: PARTIAL_COLOR,
              symbol: 'emptyCircle',
              symbolSize: 9,
              showAllSymbol: true,
              connectNulls: false,
              lineStyle: { opacity: 0 },
            },
          ]
        : []),
      ...(hasTargets
        ? [
            {
              name: targetName,
              type: 'line' as const,
              data: data.points.map((p) => p.target ?? null),
              color: TARGET_COLOR,
              symbol: 'diamond',
              lineStyle: { type: 'dashed' as const },
            },
          ]
        : []),
    ],
  };
}

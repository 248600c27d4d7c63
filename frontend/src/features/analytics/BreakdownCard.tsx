import { FileExcelOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Empty, Flex, Progress, Select, Space, Spin, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorKind } from '../../shared/api/errors';
import type { AnalyticsLevel, BreakdownBin, BreakdownRow, DynamicsPoint, IndicatorBreakdown } from '../../shared/api/types';
import { QueryErrorResult } from '../../shared/errors/ErrorResult';
import { formatMeasure, formatNumber } from '../../shared/format/format';
import { useCurrentUser } from '../../shared/me/CurrentUser';
import { periodText } from '../../shared/format/period';
import { useExportBreakdown, useIndicatorBreakdown, type BreakdownQuery } from './api';
import { AttainedTag, ChangeText, CoverageText } from './AnalyticsTags';
import { compareNullable } from './model';
import { DataTable } from '../../shared/ui/DataTable';

interface BreakdownCardProps {
  query: BreakdownQuery;
  /** The periods with values, oldest first: the choice of period. */
  points: DynamicsPoint[];
  onPeriod: (period: string) => void;
  /** Opens the dynamics of a row's municipality or school. */
  onOpen: (level: AnalyticsLevel, unitId: number) => void;
}

/** One period by municipality (region) or by school (municipality): summary, distribution, table, XLSX. */
export function BreakdownCard({ query, points, onPeriod, onOpen }: BreakdownCardProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const breakdown = useIndicatorBreakdown(query);
  const exportBreakdown = useExportBreakdown();
  const [exporting, setExporting] = useState(false);
  const data = breakdown.data?.indicatorId === query.indicatorId ? breakdown.data : undefined;
  const bySchool = query.municipalityId != null;

  const download = async () => {
    if (!data) return;
    setExporting(true);
    try {
      const name = await exportBreakdown(query, data.indicatorCode);
      void message.success(t('analytics.breakdown.exported', { name }));
    } catch (error) {
      void message.error(t(errorKind(error) === 'connection' ? 'errors.connection.title' : 'analytics.breakdown.exportFailed'));
    } finally {
      setExporting(false);
    }
  };

  return (
    <Card
      size="small"
      title={`${t('analytics.breakdown.title')} ${t(bySchool ? 'analytics.breakdown.bySchool' : 'analytics.breakdown.byMunicipality')}`}
      extra={
        <Space wrap>
          <Select<string>
            aria-label={t('analytics.breakdown.period')}
            style={{ width: 220 }}
            value={query.period}
            onChange={onPeriod}
            options={[...points].reverse().map((p) => ({ value: p.period, label: p.periodLabel }))}
          />
          <Button icon={<FileExcelOutlined />} loading={exporting} disabled={!data} onClick={() => void download()}>
            {t('analytics.breakdown.export')}
          </Button>
        </Space>
      }
      data-testid="breakdown"
    >
      {breakdown.isError && !data ? (
        <QueryErrorResult error={breakdown.error} onRetry={() => void breakdown.refetch()} />
      ) : !data ? (
        <Spin style={{ display: 'block', margin: '32px auto' }} />
      ) : (
        <Flex vertical gap={16}>
          <Summary data={data} />
          <Distribution bins={data.distribution} total={data.schools} />
          <RowsTable data={data} loading={breakdown.isFetching} onOpen={onOpen} />
        </Flex>
      )}
    </Card>
  );
}

function Summary({ data }: { data: IndicatorBreakdown }) {
  const { t } = useTranslation();
  const share = (part: number, whole: number) =>
    whole > 0 ? t('analytics.breakdown.ofShare', { part: formatNumber(part), whole: formatNumber(whole), share: formatMeasure(Math.round((part / whole) * 1000) / 10, '%') }) : '—';
  return (
    <>
    {data.coverage.partial && data.coverage.reported > 0 && (
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 8 }}
        data-testid="breakdown-partial"
        title={t('analytics.coverage.breakdownPartial', {
          reported: formatNumber(data.coverage.reported),
          expected: formatNumber(data.coverage.expected),
          count: data.coverage.expected,
        })}
      />
    )}
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, md: 2, xl: 3 }}
      data-testid="breakdown-summary"
      items={[
        {
          key: 'value',
          label: t('analytics.breakdown.summary.value', { period: data.periodLabel }),
          children: (
            <Space size={8} wrap>
              <strong data-testid="breakdown-value">{data.value == null ? '—' : formatMeasure(data.value, data.unit)}</strong>
              <CoverageText coverage={data.coverage} />
            </Space>
          ),
        },
        {
          key: 'previous',
          label: t('analytics.breakdown.summary.previous', { period: periodText(data.previousPeriod, t) }),
          children: (
            <Space size={8}>
              <span>{data.previousValue == null ? '—' : formatMeasure(data.previousValue, data.unit)}</span>
              <ChangeText change={data.change} improved={data.changeImproved} unit={data.unit} />
            </Space>
          ),
        },
        {
          key: 'target',
          label: t('analytics.breakdown.summary.target', { year: data.period.slice(0, 4) }),
          children:
            data.target == null ? (
              t('analytics.breakdown.noTarget')
            ) : (
              <Space size={8}>
                <span>{formatMeasure(data.target, data.unit)}</span>
                <AttainedTag attained={data.valueAttained} />
              </Space>
            ),
        },
        { key: 'schools', label: t('analytics.breakdown.summary.schools'), children: formatNumber(data.schools) },
        ...(data.attained != null
          ? [{ key: 'attained', label: t('analytics.breakdown.summary.attained'), children: share(data.attained, data.schools) }]
          : []),
        ...(data.improved != null
          ? [{ key: 'improved', label: t('analytics.breakdown.summary.improved'), children: share(data.improved, data.comparable) }]
          : []),
      ]}
    />
    </>
  );
}

function Distribution({ bins, total }: { bins: BreakdownBin[]; total: number }) {
  const { t } = useTranslation();
  if (bins.length === 0 || total === 0) return null;
  return (
    <div>
      <Typography.Text strong>{t('analytics.breakdown.distribution')}</Typography.Text>
      <DataTable<BreakdownBin>
        label={t('analytics.breakdown.distribution')}
        rowKey="label"
        size="small"
        pagination={false}
        dataSource={bins}
        data-testid="breakdown-distribution"
        style={{ maxWidth: 640, marginTop: 4 }}
        columns={[
          { key: 'label', title: t('analytics.breakdown.interval'), width: 160, render: (_, bin) => bin.label.replace(/\./g, ',') },
          { key: 'schools', title: t('analytics.breakdown.schoolsColumn'), width: 80, align: 'right', render: (_, bin) => formatNumber(bin.schools) },
          {
            key: 'bar',
            title: t('analytics.breakdown.share'),
            render: (_, bin) => (
              <Progress
                size="small"
                percent={Math.round((bin.schools / total) * 1000) / 10}
                format={(percent) => formatMeasure(percent ?? 0, '%')}
              />
            ),
          },
        ]}
      />
    </div>
  );
}

function RowsTable({ data, loading, onOpen }: { data: IndicatorBreakdown; loading: boolean; onOpen: BreakdownCardProps['onOpen'] }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const bySchool = data.level === 'MUNICIPALITY';
  const canOpen = (row: BreakdownRow) =>
    row.type === 'SCHOOL' ? me.role !== 'SCHOOL' : me.role === 'MINISTRY' || me.organisation.municipalityId === row.id;

  const columns: TableColumnsType<BreakdownRow> = [
    {
      key: 'name',
      title: t(bySchool ? 'analytics.breakdown.columns.school' : 'analytics.breakdown.columns.municipality'),
      sorter: (a, b) => a.name.localeCompare(b.name, 'ru'),
      render: (_, row) =>
        canOpen(row) ? (
          <Button
            type="link"
            size="small"
            style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
            title={t('analytics.breakdown.open')}
            onClick={() => onOpen(row.type === 'SCHOOL' ? 'SCHOOL' : 'MUNICIPALITY', row.id)}
          >
            {row.name}
          </Button>
        ) : (
          row.name
        ),
    },
    {
      key: 'value',
      title: t('analytics.breakdown.columns.value'),
      align: 'right',
      defaultSortOrder: 'descend',
      sorter: (a, b, order) => compareNullable(a.value, b.value, order),
      render: (_, row) =>
        row.value == null ? '—' : row.coverage.partial ? (
          <Typography.Text type="secondary" title={t('analytics.coverage.partialHint')}>
            {formatMeasure(row.value, data.unit)}
          </Typography.Text>
        ) : (
          formatMeasure(row.value, data.unit)
        ),
    },
    {
      key: 'previous',
      title: t('analytics.breakdown.columns.previous', { period: periodText(data.previousPeriod, t) }),
      align: 'right',
      sorter: (a, b, order) => compareNullable(a.previousValue, b.previousValue, order),
      render: (_, row) => (row.previousValue == null ? '—' : formatMeasure(row.previousValue, data.unit)),
    },
    {
      key: 'change',
      title: t('analytics.breakdown.columns.change'),
      align: 'right',
      sorter: (a, b, order) => compareNullable(a.change, b.change, order),
      render: (_, row) => <ChangeText change={row.change} improved={row.improved} unit={data.unit} />,
    },
    ...(bySchool
      ? []
      : [
          {
            key: 'schools',
            title: t('analytics.breakdown.columns.schools'),
            align: 'right' as const,
            sorter: (a: BreakdownRow, b: BreakdownRow) => a.coverage.ratio - b.coverage.ratio,
            render: (_: unknown, row: BreakdownRow) => <CoverageText coverage={row.coverage} />,
          },
        ]),
    {
      key: 'attained',
      title: t('analytics.breakdown.columns.attained'),
      sorter: (a, b, order) => compareNullable(a.attained == null ? null : Number(a.attained), b.attained == null ? null : Number(b.attained), order),
      render: (_, row) => <AttainedTag attained={row.attained} />,
    },
  ];

  if (data.rows.length === 0) return <Empty description={t('analytics.breakdown.empty')} />;
  return (
    <DataTable<BreakdownRow>
      label={t('analytics.breakdown.title')}
      rowKey={(row) => `${row.type}-${row.id}`}
      size="small"
      loading={loading}
      dataSource={data.rows}
      columns={columns}
      pagination={data.rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      showSorterTooltip={false}
      data-testid="breakdown-table"
    />
  );
}

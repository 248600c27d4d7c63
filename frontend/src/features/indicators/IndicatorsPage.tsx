import { ArrowDownOutlined, ArrowUpOutlined, MinusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Empty, Flex, Input, Select, Space, Spin, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Better, Indicator } from '../../shared/api/types';
import { QueryErrorResult } from '../../shared/errors/ErrorResult';
import { formatMeasure } from '../../shared/format/format';
import { PageHeader } from '../../shared/layout/PageHeader';
import { useCurrentUser } from '../../shared/me/CurrentUser';
import { type IndicatorsQuery, useIndicatorDimensions, useIndicatorGroups, useIndicators } from '../../shared/reference/indicators';
import { dimensionsText, groupOptions } from './catalogue';
import { IndicatorFormModal } from './IndicatorFormModal';
import { TargetsModal } from './TargetsModal';
import { DataTable } from '../../shared/ui/DataTable';

const BETTER_ICON: Record<Better, typeof ArrowUpOutlined> = {
  HIGHER: ArrowUpOutlined,
  LOWER: ArrowDownOutlined,
  NONE: MinusOutlined,
};

type Dialog = { kind: 'create' } | { kind: 'edit'; indicator: Indicator } | { kind: 'targets'; indicator: Indicator };

export default function IndicatorsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const ministry = me.role === 'MINISTRY';
  const [query, setQuery] = useState<IndicatorsQuery>({});
  const [dialog, setDialog] = useState<Dialog>();
  const indicators = useIndicators(query);
  const groups = useIndicatorGroups();
  const dimensions = useIndicatorDimensions();
  const change = (patch: Partial<IndicatorsQuery>) => setQuery({ ...query, ...patch });

  // The catalogue in the order of its groups; a group the list does not name yet goes last.
  const sections = useMemo(() => {
    const byGroup = new Map<string, Indicator[]>();
    for (const indicator of indicators.data ?? []) {
      byGroup.set(indicator.groupCode, [...(byGroup.get(indicator.groupCode) ?? []), indicator]);
    }
    const position = (code: string) => groups.data?.find((g) => g.code === code)?.position ?? Number.MAX_SAFE_INTEGER;
    return [...byGroup.entries()]
      .sort(([left], [right]) => position(left) - position(right))
      .map(([code, items]) => ({
        code,
        group: groups.data?.find((g) => g.code === code),
        name: items[0].groupName,
        items,
      }));
  }, [indicators.data, groups.data]);

  // Stable between renders: opening a dialog must not re-render every table of the catalogue.
  const columns: TableColumnsType<Indicator> = useMemo(() => [
    {
      key: 'code',
      title: t('indicators.columns.code'),
      width: 190,
      render: (_: unknown, indicator: Indicator) => (
        <Typography.Text code style={{ fontSize: 12, overflowWrap: 'anywhere' }}>
          {indicator.code}
        </Typography.Text>
      ),
    },
    {
      key: 'name',
      title: t('indicators.columns.name'),
      render: (_: unknown, indicator: Indicator) => <IndicatorName indicator={indicator} />,
    },
    { key: 'unit', title: t('indicators.columns.unit'), width: 80, render: (_: unknown, i: Indicator) => i.unit ?? '' },
    {
      key: 'source',
      title: t('indicators.columns.source'),
      width: 150,
      render: (_: unknown, i: Indicator) => (
        <>
          <div>{t(`enums.indicatorSource.${i.source}`)}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(`enums.indicatorPeriodicity.${i.periodicity}`)}
          </Typography.Text>
        </>
      ),
    },
    {
      key: 'better',
      title: t('indicators.columns.better'),
      width: 120,
      align: 'center' as const,
      render: (_: unknown, i: Indicator) => {
        const Icon = BETTER_ICON[i.better];
        return (
          <Tooltip title={t(`enums.better.${i.better}`)}>
            <span aria-label={t(`enums.better.${i.better}`)} data-testid="better">
              <Icon />
            </span>
          </Tooltip>
        );
      },
    },
    {
      key: 'dimensions',
      title: t('indicators.columns.dimensions'),
      width: 200,
      render: (_: unknown, i: Indicator) => {
        const lines = dimensionsText(i.dimensions, dimensions.data);
        return lines.length === 0 ? (
          <Typography.Text type="secondary">{t('indicators.wholeSchool')}</Typography.Text>
        ) : (
          lines.map((line) => <div key={line}>{line}</div>)
        );
      },
    },
    {
      key: 'targets',
      title: t('indicators.columns.targets'),
      width: 120,
      render: (_: unknown, i: Indicator) => {
        const targets = [...(i.targets ?? [])].sort((left, right) => left.year - right.year);
        return targets.length === 0 ? (
          <Typography.Text type="secondary">{t('indicators.noTargets')}</Typography.Text>
        ) : (
          <div data-testid={`targets-${i.code}`}>
            {targets.map((target) => (
              <div key={target.year}>{t('indicators.target', { year: target.year, value: formatMeasure(target.value, i.unit) })}</div>
            ))}
          </div>
        );
      },
    },
    ...(ministry
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            width: 100,
            render: (_: unknown, i: Indicator) => (
              <Space orientation="vertical" size={0}>
                {!i.common && (
                  <Button size="small" type="link" onClick={() => setDialog({ kind: 'edit', indicator: i })}>
                    {t('indicators.actions.edit')}
                  </Button>
                )}
                {i.valueType !== 'TEXT' && (
                  <Button size="small" type="link" onClick={() => setDialog({ kind: 'targets', indicator: i })}>
                    {t('indicators.actions.targets')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]
      : []),
  ], [t, ministry, dimensions.data]);

  if (indicators.isError && !indicators.data) {
    return <QueryErrorResult error={indicators.error} onRetry={() => void indicators.refetch()} />;
  }


  return (
    <>
      <PageHeader
        title={t('indicators.title')}
        subtitle={
          indicators.data && <span data-testid="indicators-total">{t('indicators.total', { count: indicators.data.length })}</span>
        }
        actions={
          ministry && (
            <Button type="primary" onClick={() => setDialog({ kind: 'create' })}>
              {t('indicators.actions.create')}
            </Button>
          )
        }
      />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          placeholder={t('indicators.search')}
          aria-label={t('indicators.search')}
          style={{ width: 280 }}
          onSearch={(q) => change({ q: q.trim() || undefined })}
        />
        <Select
          allowClear
          placeholder={t('indicators.filters.group')}
          aria-label={t('indicators.filters.group')}
          style={{ width: 360 }}
          value={query.group}
          onChange={(group?: string) => change({ group })}
          options={groupOptions(groups.data)}
          popupMatchSelectWidth={false}
        />
        <Checkbox
          checked={query.includeArchived === true}
          onChange={(e) => change({ includeArchived: e.target.checked || undefined })}
        >
          {t('indicators.filters.includeArchived')}
        </Checkbox>
      </Flex>
      {indicators.isPending ? (
        <Spin style={{ display: 'block', margin: '64px auto' }} />
      ) : sections.length === 0 ? (
        <Empty description={t('indicators.empty')} />
      ) : (
        <Flex vertical gap={16}>
          {sections.map((section) => (
            <Card
              key={section.code}
              size="small"
              title={section.name}
              extra={
                <Typography.Text type="secondary">
                  {section.group?.scheme ? `${section.group.scheme} · ` : ''}
                  {t('indicators.total', { count: section.items.length })}
                </Typography.Text>
              }
              data-testid={`group-${section.code}`}
            >
              <GroupTable label={section.name} items={section.items} columns={columns} loading={indicators.isFetching && !indicators.isPending} />
            </Card>
          ))}
        </Flex>
      )}
      <IndicatorFormModal
        open={dialog?.kind === 'create' || dialog?.kind === 'edit'}
        indicator={dialog?.kind === 'edit' ? dialog.indicator : undefined}
        onClose={() => setDialog(undefined)}
      />
      <TargetsModal indicator={dialog?.kind === 'targets' ? dialog.indicator : undefined} onClose={() => setDialog(undefined)} />
    </>
  );
}

const GroupTable = memo(function GroupTable({
  label,
  items,
  columns,
  loading,
}: {
  label: string;
  items: Indicator[];
  columns: TableColumnsType<Indicator>;
  loading: boolean;
}) {
  return (
    <DataTable<Indicator>
      label={label}
      rowKey="id"
      size="small"
      pagination={false}
      loading={loading}
      dataSource={items}
      columns={columns}
      rowClassName={(i) => (i.archived ? 'row-archived' : '')}
      // Fixed layout: the tables of all groups share their column widths.
      tableLayout="fixed"
      minWidth={1250}
    />
  );
});

function IndicatorName({ indicator: i }: { indicator: Indicator }) {
  const { t } = useTranslation();
  return (
    <>
      <div>{i.name}</div>
      <Space size={4} wrap style={{ marginTop: 4 }}>
        {i.common ? <Tag>{t('indicators.common')}</Tag> : <Tag color="purple">{t('indicators.regional')}</Tag>}
        {i.computed && (
          <Tag color="cyan">{t('indicators.computed', { numerator: i.numeratorCode, denominator: i.denominatorCode })}</Tag>
        )}
        {i.required && <Tag color="gold">{t('indicators.required')}</Tag>}
        {i.archived && <Tag color="default">{t('indicators.archived')}</Tag>}
      </Space>
      {i.description && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '4px 0 0' }}>
          {i.description}
        </Typography.Paragraph>
      )}
    </>
  );
}

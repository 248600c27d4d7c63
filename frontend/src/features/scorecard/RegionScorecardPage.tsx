import { ArrowDownOutlined, ArrowUpOutlined, DownloadOutlined, SettingOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Select, Space, Spin, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { QueryErrorResult } from '../../shared/errors/ErrorResult';
import { formatDate } from '../../shared/format/format';
import { PageHeader } from '../../shared/layout/PageHeader';
import { COLORS } from '../../shared/theme/theme';
import { useCurrentUser } from '../../shared/me/CurrentUser';
import { DataTable } from '../../shared/ui/DataTable';
import { useExportRegionScorecard, useRegionScorecard } from './api';
import { Effectiveness } from './Effectiveness';
import { NotePanel } from './NotePanel';
import { SettingsDrawer } from './SettingsDrawer';
import { CellMark, MARK_RANK, MarkTag, ReviewTag } from './tags';
import type { CriterionSummary, RegionScorecard, ScorecardRow } from './types';
import { useYearParam, yearOptions } from './year';

/**
 * The ministry's scorecard of municipal roadmaps (seed 002): municipalities × six criteria with the final marks, how
 * many met each criterion («14 из 22»), the dynamics against last year, the effectiveness of the measures and the
 * analytical note made from a frozen snapshot.
 */
export default function RegionScorecardPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const regionId = me.organisation.regionId;
  const [year, setYear] = useYearParam();
  const scorecard = useRegionScorecard(regionId, year);
  const exporting = useExportRegionScorecard(regionId);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const data = scorecard.data;
  const allowed = data?.allowed ?? [];
  return (
    <>
      <PageHeader
        title={t('scorecard.region.title')}
        subtitle={data ? t('scorecard.region.subtitle', { region: data.regionName, year: data.year, date: formatDate(data.asOf) }) : undefined}
        actions={
          <>
            <Select
              aria-label={t('scorecard.year')}
              value={year}
              onChange={setYear}
              style={{ width: 100 }}
              options={yearOptions(year)}
            />
            {allowed.includes('EXPORT') && (
              <Button
                icon={<DownloadOutlined />}
                loading={exporting.isPending}
                onClick={() => exporting.mutate(year, { onError: () => void message.error(t('scorecard.region.exportFailed')) })}
              >
                {t('scorecard.region.export')}
              </Button>
            )}
            {allowed.includes('EDIT_SETTINGS') && (
              <Button icon={<SettingOutlined />} onClick={() => setSettingsOpen(true)}>
                {t('scorecard.settings.open')}
              </Button>
            )}
          </>
        }
      />
      {scorecard.isError ? (
        <QueryErrorResult error={scorecard.error} onRetry={() => void scorecard.refetch()} />
      ) : !data ? (
        <Spin style={{ display: 'block', margin: '64px auto' }} />
      ) : (
        <>
          <Card title={t('scorecard.region.tableTitle')} styles={{ title: { whiteSpace: 'normal' } }} style={{ marginBottom: 16 }}>
            <ScorecardTable data={data} />
            <Legend previousYear={data.previousYear} />
          </Card>
          <Card title={t('scorecard.effect.title')} styles={{ title: { whiteSpace: 'normal' } }} style={{ marginBottom: 16 }}>
            <Typography.Paragraph type="secondary">{t('scorecard.effect.hint')}</Typography.Paragraph>
            <Effectiveness indicators={data.effectIndicators} rows={data.effectiveness} year={data.year} />
          </Card>
          <NotePanel regionId={regionId} year={data.year} canSnapshot={allowed.includes('SNAPSHOT')} />
        </>
      )}
      {settingsOpen && <SettingsDrawer regionId={regionId} onClose={() => setSettingsOpen(false)} />}
    </>
  );
}

function Dynamics({ now, then, year }: { now: number; then: number; year: number }) {
  const { t } = useTranslation();
  const icon = now > then ? <ArrowUpOutlined aria-hidden style={{ color: COLORS.success }} /> : now < then ? <ArrowDownOutlined aria-hidden style={{ color: COLORS.error }} /> : null;
  return (
    <Tooltip title={t('scorecard.region.dynamicsHint', { year, then, now })}>
      <span>
        {then} → <strong>{now}</strong> {icon}
      </span>
    </Tooltip>
  );
}

function CriterionHeader({ summary, previousYear }: { summary: CriterionSummary; previousYear: number }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={`${summary.number}. ${summary.title}`}>
      <div>
        <div style={{ fontSize: 13 }}>
          {summary.number}. {t(`scorecard.criterion.${summary.criterion}`)}
        </div>
        <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 'normal', whiteSpace: 'nowrap' }} data-testid={`met-${summary.criterion}`}>
          {t('scorecard.region.metOf', { met: summary.met, total: summary.total })}
        </Typography.Text>
        <div style={{ fontSize: 12, fontWeight: 'normal' }}>
          <Typography.Text type="secondary">{t('scorecard.region.previousMet', { year: previousYear, count: summary.previousMet })}</Typography.Text>
        </div>
      </div>
    </Tooltip>
  );
}

function ScorecardTable({ data }: { data: RegionScorecard }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const cardPath = (row: ScorecardRow) => `/municipalities/${row.municipalityId}/scorecard/${data.year}`;
  const columns: ColumnsType<ScorecardRow> = [
    {
      title: t('scorecard.columns.municipality'),
      key: 'municipality',
      fixed: 'left',
      width: 160,
      sorter: (a, b) => a.municipalityName.localeCompare(b.municipalityName, 'ru'),
      defaultSortOrder: 'ascend',
      render: (_, row) => (
        <Link to={cardPath(row)} onClick={(event) => event.stopPropagation()}>
          {row.municipalityName}
        </Link>
      ),
    },
    {
      title: t('scorecard.columns.met', { previous: data.previousYear, year: data.year }),
      key: 'met',
      align: 'right',
      width: 110,
      sorter: (a, b) => a.metCount - b.metCount || a.previousMetCount - b.previousMetCount,
      render: (_, row) => <Dynamics now={row.metCount} then={row.previousMetCount} year={data.previousYear} />,
    },
    ...data.criteria.map((summary) => ({
      title: <CriterionHeader summary={summary} previousYear={data.previousYear} />,
      key: summary.criterion,
      width: 130,
      sorter: (a: ScorecardRow, b: ScorecardRow) => {
        const of = (row: ScorecardRow) => row.cells.find((c) => c.criterion === summary.criterion);
        return MARK_RANK[of(a)?.mark ?? 'NO_DATA'] - MARK_RANK[of(b)?.mark ?? 'NO_DATA'];
      },
      render: (_: unknown, row: ScorecardRow) => {
        const cell = row.cells.find((c) => c.criterion === summary.criterion);
        return cell ? (
          <CellMark
            mark={cell.mark}
            expert={cell.expert}
            reviewNeeded={cell.reviewNeeded}
            previousMark={cell.previousMark}
            previousYear={data.previousYear}
          />
        ) : null;
      },
    })),
  ];
  return (
    <DataTable<ScorecardRow>
      label={t('scorecard.region.tableTitle')}
      rowKey="municipalityId"
      dataSource={data.municipalities}
      columns={columns}
      pagination={false}
      size="small"
      minWidth={1000}
      showSorterTooltip={false}
      locale={{ emptyText: t('scorecard.region.empty') }}
      onRow={(row) => ({ onClick: () => void navigate(cardPath(row)), style: { cursor: 'pointer' } })}
    />
  );
}

function Legend({ previousYear }: { previousYear: number }) {
  const { t } = useTranslation();
  return (
    <Flex wrap gap={8} align="center" style={{ marginTop: 12 }}>
      <Typography.Text type="secondary">{t('scorecard.legend.title')}</Typography.Text>
      <Space wrap size={4}>
        <MarkTag mark="MET" />
        <MarkTag mark="PARTLY" />
        <MarkTag mark="NOT_MET" />
        <MarkTag mark="NO_DATA" />
      </Space>
      <Typography.Text type="secondary">
        <MarkTag mark="MET" expert /> {t('scorecard.legend.expert')}
      </Typography.Text>
      <Typography.Text type="secondary">
        <ReviewTag /> {t('scorecard.legend.review')}
      </Typography.Text>
      <Typography.Text type="secondary">{t('scorecard.legend.previous', { year: previousYear })}</Typography.Text>
    </Flex>
  );
}

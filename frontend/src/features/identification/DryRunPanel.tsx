import { Alert, Card, Col, Row, Segmented, Spin, Statistic, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorResult } from '../../shared/errors/ErrorResult';
import { useDryRun } from './api';
import { EvidenceView } from './EvidenceView';
import { OutcomeTag } from './tags';
import type { Outcome, SchoolEvidence } from './types';

const FILTERS: ('ALL' | Outcome)[] = ['ALL', 'ENTERING', 'STAYING', 'LEAVING', 'FLAGGED', 'SKIPPED', 'NOT_MET'];

/** The «what if» run of a set over the region: the difference against last year's list and every school's evidence. */
export function DryRunPanel({ setId, active }: { setId: number; active: boolean }) {
  const { t } = useTranslation();
  const run = useDryRun(setId, active);
  const [filter, setFilter] = useState<'ALL' | Outcome>('ALL');
  if (run.isError) return <QueryErrorResult error={run.error} onRetry={() => void run.refetch()} />;
  if (!run.data) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  const data = run.data;
  const schools = filter === 'ALL' ? data.schools : data.schools.filter((s) => s.outcome === filter);
  const counts = data.counts;
  return (
    <>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('identification.dryRun.summary', { count: data.evaluatedSchools, previous: data.previousListSize, year: data.year - 1 })}
      />
      <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
        {(
          [
            ['proposed', counts.proposed],
            ['entering', counts.entering],
            ['staying', counts.staying],
            ['leaving', counts.leaving],
            ['flagged', counts.flagged],
            ['skipped', counts.skipped],
          ] as const
        ).map(([key, value]) => (
          <Col key={key} xs={12} sm={8} md={4}>
            <Card size="small">
              <Statistic title={t(`identification.dryRun.count.${key}`)} value={value} />
            </Card>
          </Col>
        ))}
      </Row>
      {counts.assignedNotProposed > 0 && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('identification.dryRun.revoked', { count: counts.assignedNotProposed })} />
      )}
      <Segmented
        style={{ marginBottom: 12, maxWidth: '100%', overflowX: 'auto' }}
        value={filter}
        onChange={(value) => setFilter(value as typeof filter)}
        options={FILTERS.map((f) => ({ value: f, label: f === 'ALL' ? t('common.all') : t(`identification.outcome.${f}`) }))}
      />
      <SchoolsTable schools={schools} />
    </>
  );
}

export function SchoolsTable({ schools }: { schools: SchoolEvidence[] }) {
  const { t } = useTranslation();
  return (
    <Table<SchoolEvidence>
      rowKey="schoolId"
      size="middle"
      dataSource={schools}
      pagination={schools.length > 50 ? { pageSize: 50 } : false}
      scroll={{ x: 720 }}
      expandable={{ expandedRowRender: (school) => <EvidenceView evidence={school} /> }}
      locale={{ emptyText: t('identification.dryRun.empty') }}
      columns={[
        { title: t('identification.columns.school'), dataIndex: 'schoolName', render: (name: string, s) => (
          <>
            <Typography.Text strong>{name}</Typography.Text>
            <br />
            <Typography.Text type="secondary">{t('identification.columns.inn', { code: s.schoolCode })}</Typography.Text>
          </>
        ) },
        { title: t('identification.columns.municipality'), dataIndex: 'municipalityName' },
        { title: t('identification.columns.outcome'), dataIndex: 'outcome', render: (outcome: Outcome) => <OutcomeTag outcome={outcome} /> },
        { title: t('identification.columns.basis'), dataIndex: 'basis' },
      ]}
    />
  );
}

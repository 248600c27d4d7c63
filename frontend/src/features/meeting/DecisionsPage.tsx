import { Button, Checkbox, Flex, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeetingDecision } from '../../shared/api/types';
import { QueryErrorResult } from '../../shared/errors/ErrorResult';
import { formatDate } from '../../shared/format/format';
import { PageHeader } from '../../shared/layout/PageHeader';
import { DataTable } from '../../shared/ui/DataTable';
import { type DecisionsQuery, useDecisions } from './api';
import { CompleteDecisionModal } from './CompleteDecisionModal';

/** Decisions of signed protocols: what is due, what is overdue, who carries it out; the executor reports done here. */
export default function DecisionsPage() {
  const { t } = useTranslation();
  const [query, setQuery] = useState<DecisionsQuery>({ page: 1, size: 20 });
  const [completing, setCompleting] = useState<MeetingDecision | null>(null);
  const decisions = useDecisions(query);
  if (decisions.isError && !decisions.data) {
    return <QueryErrorResult error={decisions.error} onRetry={() => void decisions.refetch()} />;
  }
  const change = (patch: Partial<DecisionsQuery>) => setQuery({ ...query, ...patch, page: 1 });
  return (
    <>
      <PageHeader title={t('support.decisions.title')} />
      <Flex gap={16} wrap style={{ marginBottom: 16 }} align="center">
        <Checkbox checked={query.assigned === true} onChange={(e) => change({ assigned: e.target.checked || undefined })}>
          {t('support.decisions.assigned')}
        </Checkbox>
        <Checkbox checked={query.overdue === true} onChange={(e) => change({ overdue: e.target.checked || undefined })}>
          {t('support.common.onlyOverdue')}
        </Checkbox>
        <Select
          allowClear
          placeholder={t('support.decisions.columns.status')}
          aria-label={t('support.decisions.columns.status')}
          style={{ width: 180 }}
          value={query.status}
          onChange={(status?: 'OPEN' | 'DONE') => change({ status })}
          options={(['OPEN', 'DONE'] as const).map((s) => ({ value: s, label: t(`support.decisions.status.${s}`) }))}
        />
      </Flex>
      <DataTable<MeetingDecision>
        label={t('support.decisions.title')}
rowKey="id"
        size="middle"
        loading={decisions.isFetching}
        dataSource={decisions.data?.items}
        locale={{ emptyText: t('support.decisions.empty') }}
        minWidth="max-content"
        onChange={(p) => setQuery({ ...query, page: p.current ?? 1, size: p.pageSize ?? query.size })}
        pagination={{ current: query.page, pageSize: query.size, total: decisions.data?.total ?? 0 }}
        columns={[
          {
            key: 'decision',
            title: t('support.decisions.columns.decision'),
            render: (_, d) => (
              <Typography.Paragraph style={{ marginBottom: 0, maxWidth: 520 }}>
                <strong>{d.number}.</strong> {d.text}
              </Typography.Paragraph>
            ),
          },
          {
            key: 'meeting',
            title: t('support.decisions.columns.meeting'),
            render: (_, d) => (
              <Link to={`/meetings/${d.meetingId}?decision=${d.id}`}>
                {t('support.decisions.fromProtocol', { date: formatDate(d.meeting.heldOn) })}
                {d.meeting.number && ` ${t('support.meetings.number', { number: d.meeting.number })}`}
                <br />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {d.meeting.owner.name}
                </Typography.Text>
              </Link>
            ),
          },
          {
            key: 'executor',
            title: t('support.decisions.columns.executor'),
            render: (_, d) => [d.executorName ?? d.executor?.name, d.executorPerson].filter(Boolean).join(', '),
          },
          {
            key: 'dueOn',
            title: t('support.decisions.columns.dueOn'),
            render: (_, d) => <Typography.Text type={d.overdue ? 'danger' : undefined}>{formatDate(d.dueOn)}</Typography.Text>,
          },
          {
            key: 'status',
            title: t('support.decisions.columns.status'),
            render: (_, d) => (
              <Flex gap={8} wrap align="center">
                {d.tracked && (
                  <Tag color={d.status === 'DONE' ? 'green' : d.overdue ? 'red' : 'blue'}>
                    {t(`support.decisions.status.${d.status}`)}
                    {d.overdue && ` · ${t('support.common.overdue')}`}
                  </Tag>
                )}
                {d.allowed.includes('COMPLETE') && (
                  <Button size="small" type="primary" onClick={() => setCompleting(d)}>
                    {t('support.decisions.complete')}
                  </Button>
                )}
              </Flex>
            ),
          },
        ]}
      />
      {completing && <CompleteDecisionModal decision={completing} onClose={() => setCompleting(null)} />}
    </>
  );
}

import { Button, Flex, Input, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeetingSummary } from '../../shared/api/types';
import { QueryErrorResult } from '../../shared/errors/ErrorResult';
import { formatDate } from '../../shared/format/format';
import { PageHeader } from '../../shared/layout/PageHeader';
import { DataTable } from '../../shared/ui/DataTable';
import { type MeetingsQuery, useMeetings } from './api';

export default function MeetingsPage() {
  const { t } = useTranslation();
  const [query, setQuery] = useState<MeetingsQuery>({ page: 1, size: 20 });
  const meetings = useMeetings(query);
  if (meetings.isError && !meetings.data) {
    return <QueryErrorResult error={meetings.error} onRetry={() => void meetings.refetch()} />;
  }
  const total = meetings.data?.total ?? 0;
  return (
    <>
      <PageHeader
        title={t('support.meetings.title')}
        subtitle={meetings.data && t('support.meetings.total', { count: total })}
        actions={
          <>
            <Link to="/decisions">
              <Button>{t('support.nav.decisions')}</Button>
            </Link>
            <Link to="/meetings/new">
              <Button type="primary">{t('support.meetings.create')}</Button>
            </Link>
          </>
        }
      />
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          placeholder={t('support.common.search')}
          aria-label={t('support.common.search')}
          style={{ width: 280 }}
          onSearch={(q) => setQuery({ ...query, q: q || undefined, page: 1 })}
        />
        <Select
          allowClear
          placeholder={t('support.meetings.columns.status')}
          aria-label={t('support.meetings.columns.status')}
          style={{ width: 180 }}
          value={query.status}
          onChange={(status?: 'DRAFT' | 'SIGNED') => setQuery({ ...query, status, page: 1 })}
          options={(['DRAFT', 'SIGNED'] as const).map((s) => ({ value: s, label: t(`support.meetings.status.${s}`) }))}
        />
      </Flex>
      <DataTable<MeetingSummary>
        label={t('support.meetings.title')}
rowKey="id"
        size="middle"
        loading={meetings.isFetching}
        dataSource={meetings.data?.items}
        locale={{ emptyText: t('support.meetings.empty') }}
        minWidth="max-content"
        onChange={(p) => setQuery({ ...query, page: p.current ?? 1, size: p.pageSize ?? query.size })}
        pagination={{ current: query.page, pageSize: query.size, total }}
        columns={[
          { key: 'heldOn', title: t('support.meetings.columns.heldOn'), render: (_, m) => formatDate(m.heldOn) },
          {
            key: 'title',
            title: t('support.meetings.columns.title'),
            // A protocol's title is a long sentence: it wraps, as the decisions' texts do, instead of widening the table.
            render: (_, m) => (
              <div style={{ maxWidth: 560 }}>
                <Link to={`/meetings/${m.id}`}>
                  {t('support.meetings.protocol')} {m.number && t('support.meetings.number', { number: m.number })} {m.title}
                </Link>
                <br />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t(`support.meetings.bodyKind.${m.bodyKind}`)}
                </Typography.Text>
              </div>
            ),
          },
          { key: 'owner', title: t('support.meetings.columns.owner'), render: (_, m) => m.owner.name },
          {
            key: 'status',
            title: t('support.meetings.columns.status'),
            render: (_, m) => <Tag color={m.status === 'SIGNED' ? 'green' : 'gold'}>{t(`support.meetings.status.${m.status}`)}</Tag>,
          },
          {
            key: 'decisions',
            title: t('support.meetings.columns.decisions'),
            render: (_, m) =>
              m.trackedDecisions === 0 ? (
                '—'
              ) : (
                <>
                  {t('support.meetings.decisionsDone', { done: m.doneDecisions, total: m.trackedDecisions })}
                  {m.overdueDecisions > 0 && (
                    <div>
                      <Typography.Text type="danger">{t('support.meetings.decisionsOverdue', { count: m.overdueDecisions })}</Typography.Text>
                    </div>
                  )}
                </>
              ),
          },
        ]}
      />
    </>
  );
}

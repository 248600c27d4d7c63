import { Button, List, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkingGroup } from '../../shared/api/types';
import { QueryErrorResult } from '../../shared/errors/ErrorResult';
import { formatDate } from '../../shared/format/format';
import { PageHeader } from '../../shared/layout/PageHeader';
import { DataTable } from '../../shared/ui/DataTable';
import { useWorkingGroups } from './api';
import { WorkingGroupModal } from './WorkingGroupModal';

export default function WorkingGroupsPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState({ page: 1, size: 20 });
  const [editing, setEditing] = useState<WorkingGroup | 'new' | null>(null);
  const groups = useWorkingGroups(page.page, page.size);
  if (groups.isError && !groups.data) return <QueryErrorResult error={groups.error} onRetry={() => void groups.refetch()} />;
  return (
    <>
      <PageHeader
        title={t('support.workingGroups.title')}
        actions={
          <Button type="primary" onClick={() => setEditing('new')}>
            {t('support.workingGroups.create')}
          </Button>
        }
      />
      <DataTable<WorkingGroup>
        label={t('support.workingGroups.title')}
rowKey="id"
        size="middle"
        loading={groups.isFetching}
        dataSource={groups.data?.items}
        locale={{ emptyText: t('support.workingGroups.empty') }}
        minWidth="max-content"
        onChange={(p) => setPage({ page: p.current ?? 1, size: p.pageSize ?? page.size })}
        pagination={{ current: page.page, pageSize: page.size, total: groups.data?.total ?? 0 }}
        expandable={{
          expandedRowRender: (g) => (
            <List
              size="small"
              dataSource={g.members}
              renderItem={(m) => (
                <List.Item>
                  <strong>{m.fullName}</strong> — {t(`support.workingGroups.role.${m.role}`)}
                  {[m.position, m.organisation].filter(Boolean).length > 0 && `, ${[m.position, m.organisation].filter(Boolean).join(', ')}`}
                </List.Item>
              )}
            />
          ),
        }}
        columns={[
          { key: 'name', title: t('support.workingGroups.columns.name'), render: (_, g) => <Typography.Text strong>{g.name}</Typography.Text> },
          { key: 'owner', title: t('support.workingGroups.columns.owner'), render: (_, g) => g.owner.name },
          {
            key: 'order',
            title: t('support.workingGroups.columns.order'),
            render: (_, g) =>
              g.approvingOrder &&
              t('support.workingGroups.order', {
                kind: g.approvingOrder.kind,
                date: formatDate(g.approvingOrder.date),
                number: g.approvingOrder.number,
                authority: g.approvingOrder.authority,
              }),
          },
          { key: 'members', title: t('support.workingGroups.columns.members'), render: (_, g) => t('support.workingGroups.members', { count: g.members.length }) },
          { key: 'meetings', title: t('support.workingGroups.columns.meetings'), align: 'right', dataIndex: 'meetings' },
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_, g) =>
              g.allowed.includes('EDIT') && (
                <Button size="small" onClick={() => setEditing(g)}>
                  {t('common.edit')}
                </Button>
              ),
          },
        ]}
      />
      {editing && <WorkingGroupModal group={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
    </>
  );
}

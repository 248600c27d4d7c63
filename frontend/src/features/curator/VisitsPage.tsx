import { Button, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { CuratorVisit } from '../../shared/api/types';
import { QueryErrorResult } from '../../shared/errors/ErrorResult';
import { formatDate } from '../../shared/format/format';
import { PageHeader } from '../../shared/layout/PageHeader';
import { DataTable } from '../../shared/ui/DataTable';
import { useVisits } from './api';
import { VisitModal } from './VisitModal';

const COLORS: Record<CuratorVisit['status'], string> = { PLANNED: 'blue', HELD: 'green', CANCELLED: 'default' };

export default function VisitsPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [search] = useSearchParams();
  const focused = Number(search.get('visit') ?? 0);
  const visits = useVisits(page);
  const [editing, setEditing] = useState<CuratorVisit | null>(null);
  if (visits.isError && !visits.data) return <QueryErrorResult error={visits.error} onRetry={() => void visits.refetch()} />;
  return (
    <>
      <PageHeader title={t('support.visits.title')} />
      <DataTable<CuratorVisit>
        label={t('support.visits.title')}
rowKey="id"
        size="middle"
        loading={visits.isFetching}
        dataSource={visits.data?.items}
        locale={{ emptyText: t('support.visits.empty') }}
        minWidth="max-content"
        rowClassName={(v) => (v.id === focused ? 'ant-table-row-selected' : '')}
        onChange={(p) => setPage(p.current ?? 1)}
        pagination={{ current: page, pageSize: 20, total: visits.data?.total ?? 0 }}
        columns={[
          { key: 'visitOn', title: t('support.visits.columns.visitOn'), render: (_, v) => formatDate(v.visitOn) },
          { key: 'school', title: t('support.visits.columns.school'), render: (_, v) => v.school.name },
          { key: 'curator', title: t('support.visits.columns.curator'), render: (_, v) => v.curatorName },
          {
            key: 'purpose',
            title: t('support.visits.columns.purpose'),
            render: (_, v) => (
              <Typography.Paragraph style={{ marginBottom: 0, maxWidth: 420 }}>
                {v.purpose}
                {v.findings && (
                  <>
                    <br />
                    <Typography.Text type="secondary">{v.findings}</Typography.Text>
                  </>
                )}
              </Typography.Paragraph>
            ),
          },
          { key: 'status', title: t('support.visits.columns.status'), render: (_, v) => <Tag color={COLORS[v.status]}>{t(`support.visits.status.${v.status}`)}</Tag> },
          {
            key: 'recommendations',
            title: t('support.visits.columns.recommendations'),
            render: (_, v) =>
              v.recommendations.map((r) => (
                <div key={r.id}>
                  <Link to={`/recommendations/${r.id}`}>{r.text.length > 60 ? `${r.text.slice(0, 60)}…` : r.text}</Link>
                </div>
              )),
          },
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_, v) =>
              v.allowed.includes('EDIT') && (
                <Button size="small" onClick={() => setEditing(v)}>
                  {t('support.visits.edit')}
                </Button>
              ),
          },
        ]}
      />
      {editing && <VisitModal schoolId={editing.school.id} visit={editing} onClose={() => setEditing(null)} />}
    </>
  );
}

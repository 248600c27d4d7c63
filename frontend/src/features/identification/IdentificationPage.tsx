import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { QueryErrorResult } from '../../shared/errors/ErrorResult';
import { formatDate, formatDateTime } from '../../shared/format/format';
import { PageHeader } from '../../shared/layout/PageHeader';
import { CategoryTag } from '../../shared/ui/DomainTags';
import { useCan, useCurrentUser } from '../../shared/me/CurrentUser';
import { useCriteriaSets, useIdentificationLists } from './api';
import type { CriteriaSetSummary, ListSummary } from './types';

/**
 * Identification of ШНОР/ШНСУ: the approved lists every user of the region sees (a municipality counts its schools,
 * a school its own status) and, for the ministry, the criteria sets of the region.
 */
export default function IdentificationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const can = useCan();
  const manages = can('IDENTIFICATION_MANAGE');
  const lists = useIdentificationLists();
  const sets = useCriteriaSets(manages);
  if (lists.isError) return <QueryErrorResult error={lists.error} onRetry={() => void lists.refetch()} />;
  return (
    <>
      <PageHeader
        title={t('identification.page.title')}
        subtitle={t(`identification.page.subtitle.${me.role}`)}
        actions={
          manages && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/identification/criteria-sets/new')}>
              {t('identification.page.newSet')}
            </Button>
          )
        }
      />
      <Card title={t('identification.page.lists')} style={{ marginBottom: 16 }}>
        <Table<ListSummary>
          rowKey="id"
          loading={lists.isLoading}
          dataSource={lists.data?.items ?? []}
          pagination={false}
          scroll={{ x: 640 }}
          locale={{ emptyText: t('identification.page.noLists') }}
          columns={[
            { title: t('identification.columns.year'), dataIndex: 'year', width: 90 },
            { title: t('identification.columns.category'), dataIndex: 'category', render: (c: ListSummary['category']) => <CategoryTag category={c} /> },
            {
              title: t('identification.columns.order'),
              key: 'order',
              render: (_, l) => (
                <Link to={`/identification/lists/${l.id}`}>
                  {t('identification.order', { kind: l.document.kind, number: l.document.number, date: formatDate(l.document.date) })}
                </Link>
              ),
            },
            {
              title: me.role === 'SCHOOL' ? t('identification.columns.myStatus') : t('identification.columns.listed'),
              dataIndex: 'listed',
              render: (listed: number) =>
                me.role === 'SCHOOL' ? (
                  <Tag color={listed > 0 ? 'volcano' : 'green'}>{t(listed > 0 ? 'identification.page.onList' : 'identification.page.notOnList')}</Tag>
                ) : (
                  listed
                ),
            },
          ]}
        />
      </Card>
      {manages && (
        <Card title={t('identification.page.sets')}>
          <Table<CriteriaSetSummary>
            rowKey="id"
            loading={sets.isLoading}
            dataSource={sets.data?.items ?? []}
            pagination={false}
            scroll={{ x: 720 }}
            locale={{ emptyText: t('identification.page.noSets') }}
            columns={[
              { title: t('identification.columns.year'), dataIndex: 'year', width: 90 },
              { title: t('identification.columns.category'), dataIndex: 'category', render: (c: CriteriaSetSummary['category']) => <CategoryTag category={c} /> },
              {
                title: t('identification.columns.name'),
                dataIndex: 'name',
                render: (name: string, s) => <Link to={`/identification/criteria-sets/${s.id}`}>{name}</Link>,
              },
              { title: t('identification.columns.version'), dataIndex: 'setVersion', width: 90 },
              {
                title: t('identification.columns.rules'),
                key: 'rules',
                render: (_, s) => t('identification.page.rules', { entry: s.entryRules, exit: s.exitRules }),
              },
              {
                title: t('identification.columns.state'),
                dataIndex: 'frozen',
                render: (frozen: boolean) => <Tag color={frozen ? 'blue' : 'default'}>{t(frozen ? 'identification.page.frozen' : 'identification.page.draft')}</Tag>,
              },
              { title: t('identification.columns.updated'), dataIndex: 'updatedAt', render: (at: string) => formatDateTime(at) },
            ]}
          />
        </Card>
      )}
    </>
  );
}

import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Descriptions, Result, Row, Spin, Statistic, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryErrorResult } from '../../shared/errors/ErrorResult';
import { formatDate, formatDateTime } from '../../shared/format/format';
import { PageHeader } from '../../shared/layout/PageHeader';
import { useCurrentUser } from '../../shared/me/CurrentUser';
import { useExportList, useIdentificationList } from './api';
import { EvidenceView } from './EvidenceView';
import { DecisionTag, OutcomeTag } from './tags';
import type { Decision, IdentificationList, ListEntry, Outcome } from './types';

/** An approved list: the order, the schools (the caller's scope) and, for each, what was decided and why. */
export default function ListPage() {
  const params = useParams();
  const listId = Number(params.listId);
  const list = useIdentificationList(listId);
  if (list.isError) return <QueryErrorResult error={list.error} onRetry={() => void list.refetch()} />;
  if (!list.data) return <Spin style={{ display: 'block', margin: '64px auto' }} />;
  return <ListView list={list.data} />;
}

function ListView({ list }: { list: IdentificationList }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const exporting = useExportList(list.id);
  const title = t('identification.list.title', { category: t(`enums.category.${list.category}`), year: list.year });
  const order = t('identification.order', { kind: list.document.kind, number: list.document.number, date: formatDate(list.document.date) });
  const download = (format: 'docx' | 'xlsx') =>
    exporting.mutate(format, { onError: () => void message.error(t('identification.list.exportFailed')) });

  return (
    <>
      <PageHeader
        title={title}
        subtitle={`${order} · ${list.document.authority}`}
        actions={
          me.role !== 'SCHOOL' && (
            <>
              <Button icon={<DownloadOutlined />} loading={exporting.isPending} onClick={() => download('docx')}>
                {t('identification.list.docx')}
              </Button>
              <Button icon={<DownloadOutlined />} loading={exporting.isPending} onClick={() => download('xlsx')}>
                {t('identification.list.xlsx')}
              </Button>
            </>
          )
        }
      />
      <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('identification.list.criteria')}>
          {me.role === 'MINISTRY' ? (
            <Link to={`/identification/criteria-sets/${list.criteriaSetId}`}>{list.criteriaSetName}</Link>
          ) : (
            list.criteriaSetName
          )}{' '}
          ({t('identification.editor.version', { version: list.setVersion })})
        </Descriptions.Item>
        <Descriptions.Item label={t('identification.list.approved')}>
          {formatDateTime(list.approvedAt)}, {list.approvedBy}
        </Descriptions.Item>
      </Descriptions>
      {me.role === 'SCHOOL' ? <OwnStatus list={list} /> : <Entries list={list} />}
    </>
  );
}

/** A school sees its own status and exactly why, nothing of other schools. */
function OwnStatus({ list }: { list: IdentificationList }) {
  const { t } = useTranslation();
  const entry = list.entries[0];
  if (!entry) {
    return <Result status="success" title={t('identification.list.ownNotTouched', { category: t(`enums.category.${list.category}`) })} />;
  }
  return (
    <Card>
      <Alert
        type={entry.listed ? 'warning' : 'success'}
        showIcon
        style={{ marginBottom: 16 }}
        title={t(entry.listed ? 'identification.list.ownListed' : 'identification.list.ownNotListed', {
          category: t(`enums.category.${list.category}`),
          year: list.year,
        })}
        description={
          <>
            <DecisionTag decision={entry.decision} /> <OutcomeTag outcome={entry.outcome} />
            <div>{entry.basis}</div>
          </>
        }
      />
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        {t('identification.evidence.title')}
      </Typography.Title>
      <EvidenceView evidence={entry.evidence} />
    </Card>
  );
}

function Entries({ list }: { list: IdentificationList }) {
  const { t } = useTranslation();
  const counts = list.counts;
  return (
    <>
      <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
        {(['listed', 'entering', 'staying', 'added', 'excluded', 'leaving'] as const).map((key) => (
          <Col key={key} xs={12} sm={8} md={4}>
            <Card size="small">
              <Statistic title={t(`identification.list.count.${key}`)} value={counts[key]} />
            </Card>
          </Col>
        ))}
      </Row>
      <Table<ListEntry>
        rowKey="schoolId"
        dataSource={list.entries}
        pagination={list.entries.length > 50 ? { pageSize: 50 } : false}
        scroll={{ x: 760 }}
        expandable={{ expandedRowRender: (entry) => <EvidenceView evidence={entry.evidence} /> }}
        columns={[
          {
            title: t('identification.columns.school'),
            dataIndex: 'schoolName',
            render: (name: string, e) => (
              <>
                <Typography.Text strong>{name}</Typography.Text>
                <br />
                <Typography.Text type="secondary">{t('identification.columns.inn', { code: e.schoolCode })}</Typography.Text>
              </>
            ),
          },
          { title: t('identification.columns.municipality'), dataIndex: 'municipalityName' },
          { title: t('identification.columns.decision'), dataIndex: 'decision', render: (d: Decision) => <DecisionTag decision={d} /> },
          { title: t('identification.columns.outcome'), dataIndex: 'outcome', render: (o: Outcome) => <OutcomeTag outcome={o} /> },
          { title: t('identification.columns.basis'), dataIndex: 'basis' },
        ]}
      />
    </>
  );
}

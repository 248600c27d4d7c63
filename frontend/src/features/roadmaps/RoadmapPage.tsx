import { App, Button, Descriptions, Drawer, Empty, Grid, List, Space, Spin, Tabs, Tag, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../shared/api/ApiClientProvider';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ItemStatus, ReportingPeriodView, Roadmap, RoadmapItem } from '../../shared/api/types';
import { QueryErrorResult } from '../../shared/errors/ErrorResult';
import { formatDate, formatDateTime, formatNumber } from '../../shared/format/format';
import { PageHeader } from '../../shared/layout/PageHeader';
import { roadmapKeys, useItemReports, useRoadmap, useRoadmapHistory } from './api';
import { CascadeModal } from './CascadeModal';
import { ItemFormModal, SectionFormModal } from './ItemFormModal';
import { ItemStatusTag, ReportStatusTag, RoadmapStatusTag } from './RoadmapTags';
import { RoadmapTimeline } from './RoadmapTimeline';
import { ExportButtons } from './ExportButtons';
import { ImportModal } from './ImportModal';
import { TransitionButtons } from './TransitionButtons';
import { DataTable } from '../../shared/ui/DataTable';

export default function RoadmapPage() {
  const { t } = useTranslation();
  const roadmapId = Number(useParams().roadmapId);
  const roadmap = useRoadmap(roadmapId);
  const phone = Grid.useBreakpoint().md === false;
  const [openItem, setOpenItem] = useState<RoadmapItem>();
  const [importing, setImporting] = useState(false);
  const [cascading, setCascading] = useState(false);
  const [editing, setEditing] = useState<{ item?: RoadmapItem } | null>(null);
  const [addingSection, setAddingSection] = useState(false);

  if (roadmap.isError) return <QueryErrorResult error={roadmap.error} onRetry={() => void roadmap.refetch()} />;
  if (!roadmap.data) return <Spin style={{ display: 'block', margin: '64px auto' }} />;
  const r = roadmap.data;

  return (
    <>
      <PageHeader
        title={r.title}
        subtitle={
          <>
            {t(`enums.roadmapLevel.${r.level}`)} · {r.owner.name} · <RoadmapStatusTag status={r.status} />
            {r.revision > 1 && <Tag>{t('roadmaps.revision', { revision: r.revision })}</Tag>}
          </>
        }
        actions={
          <>
            <ExportButtons roadmapId={r.id} />
            {r.allowed.includes('EDIT') && <Button onClick={() => setImporting(true)}>{t('roadmaps.import.open')}</Button>}
            {r.allowed.includes('CASCADE') && <Button onClick={() => setCascading(true)}>{t('roadmaps.cascade.open')}</Button>}
            <TransitionButtons roadmap={r} />
          </>
        }
      />
      <Heading roadmap={r} />
      <Tabs
        // On a phone the four tabs fit side by side with a narrower gap; antd would otherwise move some into a «…»
        // button placed inside the tablist, which the tablist role does not allow (axe aria-required-children).
        tabBarGutter={phone ? 16 : undefined}
        items={[
          {
            key: 'items',
            label: t('roadmaps.tabs.items'),
            children: (
              <>
                {r.allowed.includes('EDIT') && (
                  <Space style={{ marginBottom: 12 }}>
                    <Button onClick={() => setAddingSection(true)}>{t('roadmaps.edit.addSection')}</Button>
                    <Button type="primary" disabled={r.sections.length === 0} onClick={() => setEditing({})}>
                      {t('roadmaps.edit.addItem')}
                    </Button>
                  </Space>
                )}
                <ItemsTable roadmap={r} onOpen={setOpenItem} />
              </>
            ),
          },
          { key: 'timeline', label: t('roadmaps.tabs.timeline'), children: <RoadmapTimeline roadmap={r} /> },
          { key: 'reports', label: t('roadmaps.tabs.reports'), children: <PeriodsTable roadmap={r} /> },
          { key: 'history', label: t('roadmaps.tabs.history'), children: <HistoryTable roadmapId={r.id} /> },
        ]}
      />
      <ItemDrawer
        roadmap={r}
        item={openItem}
        onClose={() => setOpenItem(undefined)}
        onEdit={(item) => {
          setOpenItem(undefined);
          setEditing({ item });
        }}
      />
      {editing && <ItemFormModal roadmap={r} item={editing.item} open onClose={() => setEditing(null)} />}
      <SectionFormModal roadmapId={r.id} open={addingSection} onClose={() => setAddingSection(false)} />
      {cascading && <CascadeModal parent={r} open onClose={() => setCascading(false)} />}
      <ImportModal roadmapId={r.id} open={importing} onClose={() => setImporting(false)} />
    </>
  );
}

function Heading({ roadmap: r }: { roadmap: Roadmap }) {
  const { t } = useTranslation();
  const overdue = r.overdueItems + r.overdueReports > 0;
  return (
    <Descriptions size="small" column={{ xs: 1, md: 2 }} style={{ marginBottom: 16 }} bordered>
      <Descriptions.Item label={t('roadmaps.direction')}>
        {r.direction.code} {r.direction.name}
      </Descriptions.Item>
      <Descriptions.Item label={t('roadmaps.period')}>
        {(r.yearFrom === r.yearTo ? t('roadmaps.year', { year: r.yearFrom }) : t('roadmaps.years', { from: r.yearFrom, to: r.yearTo }))}, {t(`enums.periodicity.${r.periodicity}`)},{' '}
        {t('roadmaps.dueDay', { day: r.reportDueDay })}
      </Descriptions.Item>
      <Descriptions.Item label={t('roadmaps.document')} span="filled">
        <span data-testid="roadmap-document">
          {r.document
            ? t('roadmaps.documentText', {
                kind: r.document.kind,
                date: formatDate(r.document.date),
                number: r.document.number,
                authority: r.document.authority,
              })
            : t('roadmaps.notApproved')}
        </span>
        {r.revisionReason && (
          <div>
            <Typography.Text type="secondary">{t('roadmaps.revisionReason', { reason: r.revisionReason })}</Typography.Text>
          </div>
        )}
      </Descriptions.Item>
      {r.parent && (
        <Descriptions.Item label={t('roadmaps.parent')} span="filled">
          <Link to={`/roadmaps/${r.parent.id}`}>{r.parent.title}</Link> ({r.parent.owner.name})
        </Descriptions.Item>
      )}
      {r.goal && (
        <Descriptions.Item label={t('roadmaps.goal')} span="filled">
          {r.goal}
        </Descriptions.Item>
      )}
      {r.tasks && (
        <Descriptions.Item label={t('roadmaps.tasks')} span="filled">
          <div style={{ whiteSpace: 'pre-line' }}>{r.tasks}</div>
        </Descriptions.Item>
      )}
      <Descriptions.Item label={t('roadmaps.columns.overdue')} span="filled">
        {overdue ? (
          <Typography.Text type="danger" data-testid="roadmap-overdue">
            {[
              r.overdueItems > 0 && t('roadmaps.overdueItems', { count: r.overdueItems }),
              r.overdueReports > 0 && t('roadmaps.overdueReports', { count: r.overdueReports }),
            ]
              .filter(Boolean)
              .join('; ')}
          </Typography.Text>
        ) : (
          t('roadmaps.noOverdue')
        )}
      </Descriptions.Item>
    </Descriptions>
  );
}

/**
 * One row of the items table. Rows are built explicitly instead of handing the API's items to the table:
 * Ant Design's Table reads fields such as `children` as nested rows, so a view field must never reach it unmapped.
 */
type Row = { key: string; kind: 'section'; title: string } | { key: string; kind: 'item'; item: RoadmapItem };

function itemRows(roadmap: Roadmap): Row[] {
  return roadmap.sections.flatMap((section): Row[] => [
    { key: `section-${section.id}`, kind: 'section', title: section.title },
    ...section.items.map((item): Row => ({ key: `item-${item.id}`, kind: 'item', item })),
  ]);
}

function ItemsTable({ roadmap, onOpen }: { roadmap: Roadmap; onOpen: (item: RoadmapItem) => void }) {
  const { t } = useTranslation();
  const rows = itemRows(roadmap);
  const cell = (render: (item: RoadmapItem) => ReactNode) => ({
    onCell: (row: Row) => (row.kind === 'section' ? { colSpan: 0 } : {}),
    render: (_: unknown, row: Row) => (row.kind === 'section' ? null : render(row.item)),
  });
  return (
    <DataTable<Row>
      label={t('roadmaps.tabs.items')}
      rowKey="key"
      size="small"
      pagination={false}
      dataSource={rows}
      locale={{ emptyText: <Empty /> }}
      rowClassName={(row) => (row.kind === 'item' && row.item.overdue ? 'row-overdue' : '')}
      onRow={(row) => ({ onClick: () => row.kind === 'item' && onOpen(row.item), style: { cursor: 'pointer' } })}
      columns={[
        {
          key: 'number',
          title: t('roadmaps.item.number'),
          width: 70,
          onCell: (row) => (row.kind === 'section' ? { colSpan: 6 } : {}),
          render: (_, row) => (row.kind === 'section' ? <Typography.Text strong>{row.title}</Typography.Text> : row.item.number),
        },
        {
          key: 'title',
          title: t('roadmaps.item.title'),
          ...cell((item) => (
            <>
              {item.title}
              {item.parentItem && (
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('roadmaps.item.parent', { number: item.parentItem.number })}
                  </Typography.Text>
                </div>
              )}
            </>
          )),
        },
        { key: 'timeframe', title: t('roadmaps.item.timeframe'), width: 160, ...cell((item) => item.timeframe) },
        { key: 'executors', title: t('roadmaps.item.executors'), width: 200, ...cell((item) => item.executors) },
        {
          key: 'result',
          title: t('roadmaps.item.expectedResult'),
          ...cell((item) => (
            <>
              {item.expectedResult}
              {item.plannedIndicator && item.plannedValue != null && (
                <div>{t('roadmaps.item.planned', { indicator: item.plannedIndicator, value: formatNumber(item.plannedValue) })}</div>
              )}
            </>
          )),
        },
        {
          key: 'status',
          title: t('roadmaps.item.lastStatus'),
          width: 170,
          ...cell((item) => (
            <>
              <ItemStatusTag status={item.lastStatus as ItemStatus | null} />
              {item.overdue && <Tag color="error">{t('roadmaps.item.overdue')}</Tag>}
              {item.childProgress && item.childProgress.implementing > 0 && (
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('roadmaps.item.childProgress', { done: item.childProgress.done, implementing: item.childProgress.implementing })}
                  </Typography.Text>
                </div>
              )}
            </>
          )),
        },
      ]}
    />
  );
}

function PeriodsTable({ roadmap }: { roadmap: Roadmap }) {
  const { t } = useTranslation();
  const today = new Date().toISOString().slice(0, 10);
  return (
    <DataTable<ReportingPeriodView>
      label={t('roadmaps.tabs.reports')}
      rowKey="code"
      size="small"
      pagination={false}
      dataSource={roadmap.periods}
      rowClassName={(p) => (p.overdue ? 'row-overdue' : '')}
      columns={[
        { key: 'label', title: t('roadmaps.periods.period'), dataIndex: 'label' },
        { key: 'due', title: t('roadmaps.periods.due'), render: (_, p) => formatDate(p.dueOn) },
        {
          key: 'status',
          title: t('roadmaps.periods.status'),
          render: (_, p) => (
            <>
              {p.expected || p.reportStatus ? <ReportStatusTag status={p.reportStatus} /> : t('roadmaps.periods.notExpected')}
              {p.overdue && <Tag color="error">{t('roadmaps.periods.overdue')}</Tag>}
              {p.submittedAt && <Typography.Text type="secondary"> {formatDateTime(p.submittedAt)}</Typography.Text>}
            </>
          ),
        },
        {
          key: 'open',
          title: '',
          render: (_, p) =>
            p.startsOn <= today && (
              <Link to={`/roadmaps/${roadmap.id}/reports/${p.code}`} aria-label={`${t('roadmaps.periods.open')}: ${p.label}`}>
                {t('roadmaps.periods.open')}
              </Link>
            ),
        },
      ]}
    />
  );
}

function HistoryTable({ roadmapId }: { roadmapId: number }) {
  const { t } = useTranslation();
  const history = useRoadmapHistory(roadmapId);
  return (
    <DataTable
      label={t('roadmaps.tabs.history')}
      rowKey="id"
      size="small"
      pagination={false}
      loading={history.isLoading}
      dataSource={history.data}
      columns={[
        { key: 'at', title: t('roadmaps.history.at'), render: (_, h) => formatDateTime(h.changedAt) },
        { key: 'by', title: t('roadmaps.history.by'), dataIndex: 'changedByName' },
        { key: 'status', title: t('roadmaps.history.status'), render: (_, h) => <RoadmapStatusTag status={h.status} /> },
        { key: 'revision', title: t('roadmaps.history.revision'), dataIndex: 'revision' },
        { key: 'reason', title: t('roadmaps.history.reason'), dataIndex: 'revisionReason' },
      ]}
    />
  );
}

function ItemDrawer({
  roadmap,
  item,
  onClose,
  onEdit,
}: {
  roadmap: Roadmap;
  item?: RoadmapItem;
  onClose: () => void;
  onEdit: (item: RoadmapItem) => void;
}) {
  const { t } = useTranslation();
  const reports = useItemReports(roadmap.id, item?.id);
  const client = useApiClient();
  const queryClient = useQueryClient();
  const { modal, message } = App.useApp();
  const remove = (target: RoadmapItem) =>
    modal.confirm({
      title: t('roadmaps.edit.deleteConfirm', { number: target.number }),
      okText: t('roadmaps.edit.delete'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        const { response, error } = await client.DELETE('/api/v1/roadmaps/{roadmapId}/items/{itemId}', {
          params: { path: { roadmapId: roadmap.id, itemId: target.id } },
        });
        if (!response.ok) {
          void message.error((error as { detail?: string } | undefined)?.detail ?? `HTTP ${response.status}`);
          return;
        }
        onClose();
        await queryClient.invalidateQueries({ queryKey: roadmapKeys.roadmap(roadmap.id) });
      },
    });
  return (
    <Drawer
      open={item != null}
      onClose={onClose}
      size={560}
      title={item && `${item.number}. ${item.title}`}
      extra={
        item &&
        roadmap.allowed.includes('EDIT') && (
          <Space>
            <Button onClick={() => onEdit(item)}>{t('common.edit')}</Button>
            <Button danger onClick={() => remove(item)}>
              {t('roadmaps.edit.delete')}
            </Button>
          </Space>
        )
      }
    >
      {item && (
        <>
          <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('roadmaps.item.timeframe')}>{item.timeframe}</Descriptions.Item>
            <Descriptions.Item label={t('roadmaps.item.executors')}>
              {[item.executors, ...item.executorOrganisations.map((o) => o.name)].filter(Boolean).join('; ')}
            </Descriptions.Item>
            {item.expectedResult && (
              <Descriptions.Item label={t('roadmaps.item.expectedResult')}>{item.expectedResult}</Descriptions.Item>
            )}
          </Descriptions>
          <Typography.Title level={5}>{t('roadmaps.item.reports')}</Typography.Title>
          <List
            loading={reports.isLoading}
            dataSource={reports.data}
            locale={{ emptyText: t('roadmaps.item.noReports') }}
            renderItem={(report) => (
              <List.Item>
                <List.Item.Meta
                  title={
                    <>
                      {report.periodLabel} <ItemStatusTag status={report.status} /> <ReportStatusTag status={report.reportStatus} />
                    </>
                  }
                  description={
                    <>
                      {report.doneText && <div>{report.doneText}</div>}
                      {report.reason && <div>{report.reason}</div>}
                      {report.evidence.map((link) => (
                        <div key={link.url}>
                          <a href={link.url} target="_blank" rel="noreferrer">
                            {link.title}
                          </a>
                        </div>
                      ))}
                      {report.attachments.map((file) => (
                        <div key={file.id}>📎 {file.fileName}</div>
                      ))}
                    </>
                  }
                />
              </List.Item>
            )}
          />
        </>
      )}
    </Drawer>
  );
}


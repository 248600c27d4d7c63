import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Flex, Input, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiClient } from '../../shared/api/ApiClientProvider';
import type { MethodEvent } from '../../shared/api/types';
import { QueryErrorResult } from '../../shared/errors/ErrorResult';
import { fileNameOf, saveBlob } from '../../shared/files/download';
import { formatDate, formatNumber } from '../../shared/format/format';
import { PageHeader } from '../../shared/layout/PageHeader';
import { DataTable } from '../../shared/ui/DataTable';
import { type EventsQuery, useDeleteEvent, useEvents } from './api';
import { EVENT_KINDS, EventFormModal } from './EventFormModal';

export default function EventsPage() {
  const { t } = useTranslation();
  const [query, setQuery] = useState<EventsQuery>({ page: 1, size: 20 });
  const [editing, setEditing] = useState<MethodEvent | 'new' | null>(null);
  const events = useEvents(query);
  const remove = useDeleteEvent();
  const client = useApiClient();
  const { message, modal } = App.useApp();
  if (events.isError && !events.data) return <QueryErrorResult error={events.error} onRetry={() => void events.refetch()} />;
  const exportXlsx = async () => {
    const { data, response } = await client.GET('/api/v1/events/export', {
      params: { query: { kind: query.kind, q: query.q || undefined } },
      parseAs: 'blob',
    });
    if (!response.ok || !data) {
      void message.error(t('support.common.exportFailed'));
      return;
    }
    saveBlob(data as Blob, fileNameOf(response.headers.get('Content-Disposition'), 'events.xlsx'));
  };
  return (
    <>
      <PageHeader
        title={t('support.events.title')}
        actions={
          <>
            <Button icon={<DownloadOutlined />} onClick={() => void exportXlsx()}>
              {t('support.common.exportXlsx')}
            </Button>
            <Button type="primary" onClick={() => setEditing('new')}>
              {t('support.events.create')}
            </Button>
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
          placeholder={t('support.events.columns.kind')}
          aria-label={t('support.events.columns.kind')}
          style={{ width: 200 }}
          value={query.kind}
          onChange={(kind?: EventsQuery['kind']) => setQuery({ ...query, kind, page: 1 })}
          options={EVENT_KINDS.map((k) => ({ value: k, label: t(`support.events.kind.${k}`) }))}
        />
      </Flex>
      <DataTable<MethodEvent>
        label={t('support.events.title')}
rowKey="id"
        size="middle"
        loading={events.isFetching}
        dataSource={events.data?.items}
        locale={{ emptyText: t('support.events.empty') }}
        minWidth="max-content"
        onChange={(p) => setQuery({ ...query, page: p.current ?? 1, size: p.pageSize ?? query.size })}
        pagination={{ current: query.page, pageSize: query.size, total: events.data?.total ?? 0 }}
        columns={[
          { key: 'heldOn', title: t('support.events.columns.heldOn'), render: (_, e) => formatDate(e.heldOn) },
          { key: 'kind', title: t('support.events.columns.kind'), render: (_, e) => t(`support.events.kind.${e.kind}`) },
          {
            key: 'topic',
            title: t('support.events.columns.topic'),
            render: (_, e) => (
              <Typography.Paragraph style={{ marginBottom: 0, maxWidth: 480 }}>
                {e.topic}
                {e.roadmapItem && (
                  <>
                    <br />
                    <Link to={`/roadmaps/${e.roadmapItem.roadmapId}`} style={{ fontSize: 12 }}>
                      {t('support.events.roadmapItem', { number: e.roadmapItem.number, roadmap: e.roadmapItem.roadmapTitle })}
                    </Link>
                  </>
                )}
              </Typography.Paragraph>
            ),
          },
          { key: 'organiser', title: t('support.events.columns.organiser'), render: (_, e) => e.organiserName },
          { key: 'participants', title: t('support.events.columns.participants'), align: 'right', render: (_, e) => formatNumber(e.participants) },
          {
            key: 'link',
            title: t('support.events.columns.link'),
            render: (_, e) =>
              e.publicationUrl && (
                <a href={e.publicationUrl} target="_blank" rel="noreferrer">
                  {t('support.events.publication')}
                </a>
              ),
          },
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_, e) => (
              <Space>
                {e.allowed.includes('EDIT') && (
                  <Button size="small" onClick={() => setEditing(e)}>
                    {t('common.edit')}
                  </Button>
                )}
                {e.allowed.includes('DELETE') && (
                  <Button
                    size="small"
                    danger
                    onClick={() =>
                      modal.confirm({
                        title: t('support.events.deleteConfirm'),
                        okButtonProps: { danger: true },
                        cancelText: t('common.cancel'),
                        onOk: () => remove.mutateAsync(e.id),
                      })
                    }
                  >
                    {t('support.common.remove')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {editing && <EventFormModal event={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
    </>
  );
}

import { CameraOutlined, EditOutlined, FileWordOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Form, Input, Modal, Space, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorResult } from '../../shared/errors/ErrorResult';
import { ServerErrorAlert } from '../../shared/forms/ServerErrorAlert';
import { useServerErrors } from '../../shared/forms/useServerErrors';
import { formatDate, formatDateTime } from '../../shared/format/format';
import { DataTable } from '../../shared/ui/DataTable';
import { useCreateSnapshot, useDownloadNote, useSnapshots, useUpdateNoteTexts } from './api';
import type { NoteTexts, Snapshot } from './types';

const SECTIONS: (keyof NoteTexts)[] = ['context', 'problems', 'factors', 'recommendations'];

/**
 * The analytical note: a snapshot freezes the scorecard (as-of date and content hash, printed in the note), its four
 * text blocks come pre-filled from the marks and are edited before the DOCX is downloaded.
 */
export function NotePanel({ regionId, year, canSnapshot }: { regionId: number; year: number; canSnapshot: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const snapshots = useSnapshots(regionId, year, true);
  const create = useCreateSnapshot(regionId, year);
  const download = useDownloadNote(regionId, year);
  const [editing, setEditing] = useState<number | null>(null);
  const editedSnapshot = snapshots.data?.find((s) => s.id === editing);

  const columns: ColumnsType<Snapshot> = [
    { title: t('scorecard.note.asOf'), dataIndex: 'asOf', onCell: () => ({ style: { whiteSpace: 'nowrap' } }), render: (asOf: string) => formatDate(asOf) },
    {
      title: t('scorecard.note.created'),
      key: 'created',
      onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
      render: (_, s) => (
        <>
          {formatDateTime(s.createdAt)}
          <br />
          <Typography.Text type="secondary">{s.createdBy}</Typography.Text>
        </>
      ),
    },
    {
      title: t('scorecard.note.hash'),
      dataIndex: 'contentHash',
      render: (hash: string) => (
        <Tooltip title={hash}>
          <Typography.Text code>{hash.slice(0, 12)}</Typography.Text>
        </Tooltip>
      ),
    },
    { title: t('scorecard.note.municipalities'), dataIndex: 'municipalities', align: 'right' },
    {
      title: t('scorecard.note.met'),
      dataIndex: 'met',
      align: 'right',
      render: (met: number, s) => t('scorecard.note.metOf', { met, total: s.municipalities * 6 }),
    },
    {
      title: t('scorecard.note.actions'),
      key: 'actions',
      render: (_, s) => (
        <Space wrap size={4}>
          {s.allowed.includes('EDIT_TEXTS') && (
            <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(s.id)}>
              {t('scorecard.note.editTexts')}
            </Button>
          )}
          {s.allowed.includes('DOWNLOAD_NOTE') && (
            <Button
              size="small"
              icon={<FileWordOutlined />}
              loading={download.isPending && download.variables === s.id}
              onClick={() => download.mutate(s.id, { onError: () => void message.error(t('scorecard.note.downloadFailed')) })}
            >
              {t('scorecard.note.download')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Card title={t('scorecard.note.title')} styles={{ title: { whiteSpace: 'normal' } }}>
      <Flex wrap gap={12} justify="space-between" align="flex-start" style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary" style={{ flex: '1 1 360px' }}>
          {t('scorecard.note.hint')}
        </Typography.Text>
        {canSnapshot && (
          <Button
            type="primary"
            icon={<CameraOutlined />}
            loading={create.isPending}
            onClick={() =>
              create.mutate(undefined, {
                onSuccess: (snapshot) => {
                  void message.success(t('scorecard.note.snapshotDone', { date: formatDate(snapshot.asOf) }));
                  setEditing(snapshot.id);
                },
                onError: () => void message.error(t('scorecard.note.snapshotFailed')),
              })
            }
          >
            {t('scorecard.note.snapshot')}
          </Button>
        )}
      </Flex>
      {snapshots.isError ? (
        <QueryErrorResult error={snapshots.error} onRetry={() => void snapshots.refetch()} />
      ) : (
        <DataTable<Snapshot>
          label={t('scorecard.note.title')}
          rowKey="id"
          dataSource={snapshots.data ?? []}
          loading={snapshots.isPending}
          columns={columns}
          pagination={false}
          size="small"
          minWidth={760}
          locale={{ emptyText: t('scorecard.note.empty') }}
        />
      )}
      {editedSnapshot && (
        <TextsModal
          key={editedSnapshot.id}
          snapshot={editedSnapshot}
          regionId={regionId}
          year={year}
          reloading={snapshots.isFetching}
          onReload={() => void snapshots.refetch()}
          onClose={() => setEditing(null)}
        />
      )}
    </Card>
  );
}

function TextsModal({ snapshot, regionId, year, reloading, onReload, onClose }: {
  snapshot: Snapshot;
  regionId: number;
  year: number;
  reloading: boolean;
  onReload: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<NoteTexts>();
  const save = useUpdateNoteTexts(regionId, year);
  const { serverError, showError, clearServerError } = useServerErrors(
    form,
    SECTIONS.flatMap((section) => [[section], ['texts', section]]),
  );
  const onFinish = async (texts: NoteTexts) => {
    clearServerError();
    try {
      // The version read last: after a «reload» the list holds the newer one, the typed texts stay.
      await save.mutateAsync({ snapshotId: snapshot.id, version: snapshot.version, texts });
      void message.success(t('scorecard.note.saved'));
      onClose();
    } catch (error) {
      showError(error);
    }
  };
  return (
    <Modal
      open
      width={820}
      title={t('scorecard.note.textsTitle', { date: formatDate(snapshot.asOf), hash: snapshot.contentHash.slice(0, 12) })}
      okText={t('scorecard.note.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <ServerErrorAlert
        error={serverError}
        reloading={reloading}
        onReloadStale={() => {
          clearServerError();
          onReload();
        }}
        extra={t('scorecard.note.staleHint')}
      />
      <Form form={form} layout="vertical" initialValues={snapshot.texts} onFinish={(values) => void onFinish(values)}>
        {SECTIONS.map((section) => (
          <Form.Item key={section} name={section} label={t(`scorecard.note.section.${section}`)}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} maxLength={20000} />
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}

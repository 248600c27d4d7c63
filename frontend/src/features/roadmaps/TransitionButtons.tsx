import { App, Button, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Roadmap, RoadmapTransition } from '../../shared/api/types';
import { ServerErrorAlert } from '../../shared/forms/ServerErrorAlert';
import { useServerErrors } from '../../shared/forms/useServerErrors';
import { useTransition } from './api';

type Action = RoadmapTransition['action'];

interface DialogValues {
  reason?: string;
  document?: { kind: string; number: string; date: Dayjs; authority: string };
}

/** The owner's status actions, shown only when the server allows them (`allowed` has TRANSITION). */
export function TransitionButtons({ roadmap }: { roadmap: Roadmap }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const transition = useTransition(roadmap.id);
  const [dialog, setDialog] = useState<Action>();
  const [form] = Form.useForm<DialogValues>();
  const { serverError, showError, clearServerError } = useServerErrors(form, [
    ['reason'],
    ['document', 'kind'],
    ['document', 'number'],
    ['document', 'date'],
    ['document', 'authority'],
  ]);
  if (!roadmap.allowed.includes('TRANSITION')) return null;

  const run = (action: Action, values: DialogValues = {}) => {
    clearServerError();
    transition.mutate(
      {
        action,
        version: roadmap.version,
        reason: values.reason,
        document: values.document && { ...values.document, date: values.document.date.format('YYYY-MM-DD') },
      },
      {
        onSuccess: () => {
          setDialog(undefined);
          void message.success(t('roadmaps.actions.done'));
        },
        onError: showError,
      },
    );
  };

  const buttons: { action: Action; label: string; when: boolean; dialog: boolean }[] = [
    { action: 'APPROVE', label: t('roadmaps.actions.approve'), when: roadmap.status === 'DRAFT', dialog: true },
    { action: 'START', label: t('roadmaps.actions.start'), when: roadmap.status === 'APPROVED', dialog: false },
    { action: 'COMPLETE', label: t('roadmaps.actions.complete'), when: roadmap.status === 'IN_EXECUTION', dialog: false },
    {
      action: 'REVISE',
      label: t('roadmaps.actions.revise'),
      when: roadmap.status === 'APPROVED' || roadmap.status === 'IN_EXECUTION',
      dialog: true,
    },
    { action: 'ARCHIVE', label: t('roadmaps.actions.archive'), when: roadmap.status !== 'ARCHIVED', dialog: true },
  ];

  return (
    <>
      {buttons
        .filter((b) => b.when)
        .map((b) => (
          <Button
            key={b.action}
            type={b.action === 'APPROVE' || b.action === 'START' ? 'primary' : 'default'}
            loading={transition.isPending && !dialog}
            onClick={() => (b.dialog ? (form.resetFields(), setDialog(b.action)) : run(b.action))}
          >
            {b.label}
          </Button>
        ))}
      <Modal
        open={dialog != null}
        title={buttons.find((b) => b.action === dialog)?.label}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={transition.isPending}
        onCancel={() => setDialog(undefined)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <ServerErrorAlert error={serverError} />
        <Form form={form} layout="vertical" onFinish={(values) => dialog && run(dialog, values)}>
          {dialog === 'APPROVE' ? (
            <>
              <Form.Item name={['document', 'kind']} label={t('roadmaps.form.documentKind')} initialValue="Приказ" rules={[{ required: true }]}>
                <Input maxLength={100} />
              </Form.Item>
              <Form.Item name={['document', 'number']} label={t('roadmaps.form.documentNumber')} rules={[{ required: true }]}>
                <Input maxLength={100} />
              </Form.Item>
              <Form.Item name={['document', 'date']} label={t('roadmaps.form.documentDate')} rules={[{ required: true }]}>
                <DatePicker format="DD.MM.YYYY" />
              </Form.Item>
              <Form.Item
                name={['document', 'authority']}
                label={t('roadmaps.form.documentAuthority')}
                initialValue={roadmap.owner.name}
                rules={[{ required: true }]}
              >
                <Input maxLength={300} />
              </Form.Item>
            </>
          ) : (
            <Form.Item name="reason" label={t('roadmaps.actions.reason')} rules={[{ required: true }]}>
              <Input.TextArea autoSize={{ minRows: 2 }} maxLength={1000} />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </>
  );
}

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

/** The status changes, in the order they are offered; each is shown only when `allowed` names it. */
const TRANSITIONS = ['APPROVE', 'START', 'COMPLETE', 'REVISE', 'ARCHIVE'] as const satisfies readonly Action[];

/** The owner's status actions, each shown only when the server allows it now (`allowed` names it). */
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
  if (!TRANSITIONS.some((action) => roadmap.allowed.includes(action))) return null;

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

  // Which changes there are is the server's to say (`allowed`); the SPA knows only what each one asks for.
  const buttons = TRANSITIONS.filter((action) => roadmap.allowed.includes(action)).map((action) => ({
    action,
    label: t(`roadmaps.actions.${action.toLowerCase()}`),
    dialog: action !== 'START' && action !== 'COMPLETE',
  }));

  return (
    <>
      {buttons.map((b) => (
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

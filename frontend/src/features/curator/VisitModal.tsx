import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { CuratorVisit, CuratorVisitInput } from '../../shared/api/types';
import { ServerErrorAlert } from '../../shared/forms/ServerErrorAlert';
import { useServerErrors } from '../../shared/forms/useServerErrors';
import { useSaveVisit } from './api';

const STATUSES = ['PLANNED', 'HELD', 'CANCELLED'] as const;

interface Values {
  visitOn: Dayjs;
  purpose: string;
  status: CuratorVisitInput['status'];
  findings?: string;
}

/** Plans a visit to an assigned school, or records a planned one as held (with findings) or cancelled. */
export function VisitModal({ schoolId, visit, onClose }: { schoolId: number; visit?: CuratorVisit; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveVisit(visit?.id);
  const { serverError, showError, clearServerError } = useServerErrors(form, [['visitOn'], ['purpose'], ['findings'], ['schoolId']]);
  const status = Form.useWatch('status', form);
  const initial: Partial<Values> = visit
    ? { visitOn: dayjs(visit.visitOn), purpose: visit.purpose, status: visit.status, findings: visit.findings ?? undefined }
    : { visitOn: dayjs().add(7, 'day'), status: 'PLANNED' };
  return (
    <Modal
      open
      title={visit ? t('support.visits.edit') : t('support.visits.plan')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <ServerErrorAlert error={serverError} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={(values) => {
          clearServerError();
          save.mutate(
            {
              schoolId,
              visitOn: values.visitOn.format('YYYY-MM-DD'),
              purpose: values.purpose,
              status: values.status ?? 'PLANNED',
              findings: values.findings?.trim() || null,
              version: visit?.version ?? null,
            },
            {
              onSuccess: () => {
                void message.success(t('support.common.saved'));
                onClose();
              },
              onError: showError,
            },
          );
        }}
      >
        <Form.Item name="visitOn" label={t('support.visits.form.visitOn')} rules={[{ required: true }]}>
          <DatePicker format="DD.MM.YYYY" />
        </Form.Item>
        <Form.Item name="purpose" label={t('support.visits.form.purpose')} rules={[{ required: true, whitespace: true, max: 2000 }]}>
          <Input.TextArea autoSize />
        </Form.Item>
        {visit && (
          <Form.Item name="status" label={t('support.visits.form.status')}>
            <Select options={STATUSES.map((s) => ({ value: s, label: t(`support.visits.status.${s}`) }))} />
          </Form.Item>
        )}
        {(status === 'HELD' || visit?.findings) && (
          <Form.Item name="findings" label={t('support.visits.form.findings')} rules={[{ required: status === 'HELD', whitespace: true, max: 4000 }]}>
            <Input.TextArea autoSize={{ minRows: 3 }} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

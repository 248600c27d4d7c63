import { App, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MeetingDecision } from '../../shared/api/types';
import { EvidenceLinksField } from '../../shared/forms/EvidenceLinksField';
import { ServerErrorAlert } from '../../shared/forms/ServerErrorAlert';
import { useServerErrors } from '../../shared/forms/useServerErrors';
import { useCompleteDecision } from './api';

interface Values {
  doneText: string;
  evidence: { url: string; title: string }[];
}

/** The executor reports a decision carried out, with at least one document or publication as evidence. */
export function CompleteDecisionModal({ decision, onClose }: { decision: MeetingDecision; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const complete = useCompleteDecision();
  const { serverError, showError, clearServerError } = useServerErrors(form, [['doneText'], ['evidence']]);
  const submit = (values: Values) => {
    clearServerError();
    complete.mutate(
      { decisionId: decision.id, body: { doneText: values.doneText, evidence: values.evidence ?? [], version: decision.version } },
      {
        onSuccess: () => {
          void message.success(t('support.decisions.completed'));
          onClose();
        },
        onError: showError,
      },
    );
  };
  return (
    <Modal
      open
      title={t('support.decisions.completeTitle', { number: decision.number })}
      okText={t('support.decisions.complete')}
      cancelText={t('common.cancel')}
      confirmLoading={complete.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph>{decision.text}</Typography.Paragraph>
      <ServerErrorAlert error={serverError} />
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ evidence: [{ url: '', title: '' }] }}>
        <Form.Item name="doneText" label={t('support.decisions.doneText')} rules={[{ required: true, whitespace: true, max: 4000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <EvidenceLinksField
          name="evidence"
          required
          label={t('support.common.evidence')}
          urlLabel={t('support.common.evidenceUrl')}
          titleLabel={t('support.common.evidenceTitle')}
          addLabel={t('support.common.addEvidence')}
          removeLabel={t('support.common.remove')}
        />
      </Form>
    </Modal>
  );
}

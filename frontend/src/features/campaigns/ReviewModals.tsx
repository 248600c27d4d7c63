import { App, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../shared/api/errors';
import type { CampaignForm, FormField } from '../../shared/api/types';
import { ServerErrorAlert } from '../../shared/forms/ServerErrorAlert';
import { useServerErrors } from '../../shared/forms/useServerErrors';
import { useReopenForm, useReviewForm } from './api';
import { fieldTitle } from './FormFieldRow';
import { fieldKey } from './formValues';

interface ReturnValues {
  reason?: string;
  values?: Record<string, string | undefined>;
}

/**
 * Returns a submitted form: with a reason for the whole form and/or the values ticked on the form,
 * each with its own reason. At least one of the two is needed.
 */
export function ReturnFormModal({
  form: campaignForm,
  marked,
  open,
  onClose,
  onReturned,
}: {
  form: CampaignForm;
  marked: FormField[];
  open: boolean;
  onClose: () => void;
  onReturned: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReturnValues>();
  const review = useReviewForm(campaignForm.campaignId, campaignForm.schoolId);
  const { serverError, showError, clearServerError } = useServerErrors(form, [['reason']]);

  const submit = ({ reason, values }: ReturnValues) => {
    clearServerError();
    const body = {
      decision: 'RETURN' as const,
      reason: reason?.trim() || undefined,
      values: marked.map((field) => ({
        indicatorId: field.indicatorId,
        ...(field.disaggregation ? { disaggregation: field.disaggregation } : {}),
        reason: (values?.[fieldKey(field)] ?? '').trim(),
      })),
      version: campaignForm.version,
    };
    review.mutate(body, {
      onSuccess: () => {
        void message.success(t('campaignForm.returnedMessage'));
        onReturned();
      },
      onError: (error) => {
        // `values[i]` names the i-th ticked value: its reason input shows the message.
        const problem = error instanceof ApiError ? error.problem : undefined;
        const perValue = (problem?.errors ?? []).flatMap(({ field, message: text }) => {
          const match = /values\[(\d+)\]/.exec(field ?? '');
          const target = match ? marked[Number(match[1])] : undefined;
          return target ? [{ name: ['values', fieldKey(target)] as ['values', string], errors: [text] }] : [];
        });
        showError(error);
        if (perValue.length > 0) form.setFields(perValue);
      },
    });
  };

  return (
    <Modal
      open={open}
      title={t('campaignForm.returnTitle')}
      okText={t('campaignForm.return')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      confirmLoading={review.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      width={640}
      destroyOnHidden
      afterOpenChange={(visible) => visible || clearServerError()}
    >
      <ServerErrorAlert error={serverError} />
      <Typography.Paragraph type="secondary">{t('campaignForm.returnHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" preserve={false} onFinish={submit}>
        <Form.Item
          name="reason"
          label={t('campaignForm.returnReason')}
          rules={[
            {
              validator: (_, value: string | undefined) =>
                marked.length > 0 || (value ?? '').trim() !== ''
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('campaignForm.returnNeedsReason'))),
            },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} />
        </Form.Item>
        {marked.length > 0 && (
          <>
            <Typography.Text strong>{t('campaignForm.returnValues')}</Typography.Text>
            {marked.map((field) => (
              <Form.Item
                key={fieldKey(field)}
                name={['values', fieldKey(field)]}
                label={fieldTitle(field)}
                rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
                style={{ marginTop: 8 }}
              >
                <Input placeholder={t('campaignForm.returnValueReason')} maxLength={1000} />
              </Form.Item>
            ))}
          </>
        )}
      </Form>
    </Modal>
  );
}

/** The ministry reopens an accepted form for corrections, saying why. */
export function ReopenFormModal({ form: campaignForm, open, onClose }: { form: CampaignForm; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const reopen = useReopenForm(campaignForm.campaignId, campaignForm.schoolId);
  const { serverError, showError, clearServerError } = useServerErrors(form, [['reason']]);
  return (
    <Modal
      open={open}
      title={t('campaignForm.reopenTitle')}
      okText={t('campaignForm.reopen')}
      cancelText={t('common.cancel')}
      confirmLoading={reopen.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
      afterOpenChange={(visible) => visible || clearServerError()}
    >
      <ServerErrorAlert error={serverError} />
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={({ reason }) => {
          clearServerError();
          reopen.mutate(
            { reason: reason.trim(), version: campaignForm.version },
            {
              onSuccess: () => {
                void message.success(t('campaignForm.reopened'));
                onClose();
              },
              onError: showError,
            },
          );
        }}
      >
        <Form.Item name="reason" label={t('campaignForm.reopenReason')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

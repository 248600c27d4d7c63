import { App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CategoryAssignment } from '../../../shared/api/types';
import { ServerErrorAlert } from '../../../shared/forms/ServerErrorAlert';
import { useServerErrors } from '../../../shared/forms/useServerErrors';
import { useRevokeCategory } from '../api';

interface RevokeCategoryModalProps {
  schoolId: number;
  assignment: CategoryAssignment;
  onClose: () => void;
}

export function RevokeCategoryModal({ schoolId, assignment, onClose }: RevokeCategoryModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const { serverError, showError, clearServerError } = useServerErrors(form, [['reason']]);
  const revoke = useRevokeCategory(schoolId);

  const submit = async ({ reason }: { reason: string }) => {
    clearServerError();
    try {
      await revoke.mutateAsync({ assignmentId: assignment.id, reason: reason.trim() });
      message.success(t('categories.revokedMessage'));
      onClose();
    } catch (error) {
      showError(error);
    }
  };

  return (
    <Modal
      open
      title={t('categories.revokeTitle', { category: t(`enums.category.${assignment.category}`), year: assignment.year })}
      okText={t('categories.revoke')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      confirmLoading={revoke.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <ServerErrorAlert error={serverError} />
      <Form form={form} layout="vertical" name="revoke-category" onFinish={(values) => void submit(values)}>
        <Form.Item
          name="reason"
          label={t('categories.reason')}
          rules={[
            { required: true, whitespace: true, message: t('validation.required') },
            { max: 1000, message: t('validation.maxLength', { max: 1000 }) },
          ]}
        >
          <Input.TextArea maxLength={1000} showCount autoSize={{ minRows: 3 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

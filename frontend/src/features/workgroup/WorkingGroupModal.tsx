import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Flex, Form, Input, Modal, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { WorkingGroup, WorkingGroupMember } from '../../shared/api/types';
import { ServerErrorAlert } from '../../shared/forms/ServerErrorAlert';
import { useServerErrors } from '../../shared/forms/useServerErrors';
import { useSaveWorkingGroup } from './api';

const ROLES = ['CHAIR', 'DEPUTY', 'SECRETARY', 'MEMBER'] as const;

interface Values {
  name: string;
  orderKind?: string;
  orderNumber?: string;
  orderDate?: Dayjs | null;
  orderAuthority?: string;
  members?: WorkingGroupMember[];
}

export function WorkingGroupModal({ group, onClose }: { group?: WorkingGroup; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveWorkingGroup(group?.id);
  const { serverError, showError, clearServerError } = useServerErrors(form, [['name'], ['members']]);
  const order = group?.approvingOrder;
  const initial: Partial<Values> = group
    ? {
        name: group.name,
        orderKind: order?.kind,
        orderNumber: order?.number,
        orderDate: order ? dayjs(order.date) : null,
        orderAuthority: order?.authority,
        members: group.members,
      }
    : { members: [{ fullName: '', role: 'CHAIR', username: null, position: null, organisation: null }] };
  const submit = (values: Values) => {
    clearServerError();
    const hasOrder = values.orderNumber?.trim() && values.orderDate && values.orderAuthority?.trim();
    save.mutate(
      {
        name: values.name,
        approvingOrder: hasOrder
          ? {
              kind: values.orderKind?.trim() || 'Приказ',
              number: values.orderNumber!.trim(),
              date: values.orderDate!.format('YYYY-MM-DD'),
              authority: values.orderAuthority!.trim(),
            }
          : null,
        members: (values.members ?? []).map((m) => ({
          username: m.username || null,
          fullName: m.fullName,
          position: m.position || null,
          organisation: m.organisation || null,
          role: m.role,
        })),
        version: group?.version ?? null,
      },
      {
        onSuccess: () => {
          void message.success(t('support.common.saved'));
          onClose();
        },
        onError: showError,
      },
    );
  };
  return (
    <Modal
      open
      width={760}
      title={group ? t('support.workingGroups.edit') : t('support.workingGroups.create')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <ServerErrorAlert error={serverError} />
      <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={submit}>
        <Form.Item name="name" label={t('support.workingGroups.form.name')} rules={[{ required: true, whitespace: true, max: 1000 }]}>
          <Input.TextArea autoSize />
        </Form.Item>
        <Flex gap={8} wrap>
          <Form.Item name="orderKind" label={t('support.workingGroups.form.orderKind')} style={{ flex: '1 1 120px' }}>
            <Input placeholder="Приказ" />
          </Form.Item>
          <Form.Item name="orderNumber" label={t('support.workingGroups.form.orderNumber')} style={{ flex: '1 1 100px' }}>
            <Input />
          </Form.Item>
          <Form.Item name="orderDate" label={t('support.workingGroups.form.orderDate')} style={{ flex: '1 1 140px' }}>
            <DatePicker format="DD.MM.YYYY" style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
        <Form.Item name="orderAuthority" label={t('support.workingGroups.form.orderAuthority')}>
          <Input />
        </Form.Item>
        <Typography.Text strong>{t('support.workingGroups.form.members')}</Typography.Text>
        <Form.List name="members">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Flex key={field.key} gap={8} wrap align="baseline" style={{ marginTop: 8 }}>
                  <Form.Item name={[field.name, 'fullName']} rules={[{ required: true, whitespace: true, max: 300 }]} style={{ flex: '2 1 160px', marginBottom: 0 }}>
                    <Input placeholder={t('support.workingGroups.form.fullName')} aria-label={t('support.workingGroups.form.fullName')} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'position']} style={{ flex: '2 1 160px', marginBottom: 0 }}>
                    <Input placeholder={t('support.workingGroups.form.position')} aria-label={t('support.workingGroups.form.position')} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'organisation']} style={{ flex: '2 1 160px', marginBottom: 0 }}>
                    <Input placeholder={t('support.workingGroups.form.organisation')} aria-label={t('support.workingGroups.form.organisation')} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'role']} rules={[{ required: true }]} style={{ flex: '1 1 140px', marginBottom: 0 }}>
                    <Select
                      aria-label={t('support.workingGroups.form.role')}
                      options={ROLES.map((r) => ({ value: r, label: t(`support.workingGroups.role.${r}`) }))}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'username']} hidden>
                    <Input />
                  </Form.Item>
                  <Button type="text" icon={<MinusCircleOutlined />} aria-label={t('support.common.remove')} onClick={() => remove(field.name)} />
                </Flex>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} style={{ marginTop: 8 }} onClick={() => add({ fullName: '', role: 'MEMBER' })}>
                {t('support.workingGroups.form.addMember')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}

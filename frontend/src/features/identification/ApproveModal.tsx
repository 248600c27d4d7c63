import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Form, Input, Modal, Select, Space, Spin, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ServerErrorAlert } from '../../shared/forms/ServerErrorAlert';
import { useServerErrors } from '../../shared/forms/useServerErrors';
import { useCurrentUser } from '../../shared/me/CurrentUser';
import { AdditionSelect } from './AdditionSelect';
import { useApprove, useDryRun } from './api';
import type { CriteriaSet } from './types';

interface ApprovalValues {
  kind: string;
  number: string;
  date?: Dayjs;
  authority: string;
  additions: { schoolId?: number; reason?: string }[];
  exclusions: { schoolId?: number; reason?: string }[];
}

/**
 * Approval of the proposed list with the order: the expert may add schools the criteria did not propose (flagged,
 * skipped, leaving, or any other school of the region found by name or INN) and exclude proposed ones, each with a reason. The server makes the year's categories.
 */
export function ApproveModal({ set, onClose }: { set: CriteriaSet; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const run = useDryRun(set.id, true);
  const approve = useApprove(set.id);
  const [form] = Form.useForm<ApprovalValues>();
  const additions = (Form.useWatch('additions', form) as ApprovalValues['additions'] | undefined) ?? [];
  const exclusions = (Form.useWatch('exclusions', form) as ApprovalValues['exclusions'] | undefined) ?? [];
  const { serverError, showError, clearServerError } = useServerErrors(form, [
    ['kind'], ['number'], ['date'], ['authority'], ['document'],
    ...additions.flatMap((_, i) => [['additions', i, 'schoolId'], ['additions', i, 'reason']]),
    ...exclusions.flatMap((_, i) => [['exclusions', i, 'schoolId'], ['exclusions', i, 'reason']]),
  ]);
  const schools = run.data?.schools ?? [];
  const proposed = schools.filter((s) => s.outcome === 'ENTERING' || s.outcome === 'STAYING');
  const others = schools.filter((s) => !(s.outcome === 'ENTERING' || s.outcome === 'STAYING'));

  const onFinish = async (values: ApprovalValues) => {
    clearServerError();
    try {
      const list = await approve.mutateAsync({
        version: set.version,
        document: {
          kind: values.kind,
          number: values.number,
          date: values.date ? values.date.format('YYYY-MM-DD') : '',
          authority: values.authority,
        },
        additions: values.additions.map((a) => ({ schoolId: a.schoolId ?? 0, reason: a.reason ?? '' })),
        exclusions: values.exclusions.map((a) => ({ schoolId: a.schoolId ?? 0, reason: a.reason ?? '' })),
      });
      void message.success(t('identification.approve.done', { count: list.counts.listed }));
      void navigate(`/identification/lists/${list.id}`);
    } catch (error) {
      showError(error);
    }
  };

  const decisions = (name: 'additions' | 'exclusions', options: typeof schools) => (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <>
          {fields.map((field) => (
            <Space key={field.key} align="start" wrap style={{ display: 'flex', marginBottom: 8 }}>
              <Form.Item name={[field.name, 'schoolId']} rules={[{ required: true, message: t('identification.approve.schoolRequired') }]}>
                {name === 'additions' ? (
                  <AdditionSelect touched={options} />
                ) : (
                  <Select
                    showSearch
                    optionFilterProp="label"
                    style={{ width: 300 }}
                    aria-label={t('identification.approve.school')}
                    options={options.map((s) => ({ value: s.schoolId, label: `${s.schoolName} — ${t(`identification.outcome.${s.outcome}`)}` }))}
                  />
                )}
              </Form.Item>
              <Form.Item name={[field.name, 'reason']} rules={[{ required: true, message: t('identification.approve.reasonRequired') }]}>
                <Input style={{ width: 320 }} maxLength={2000} placeholder={t('identification.approve.reason')} aria-label={t('identification.approve.reason')} />
              </Form.Item>
              <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} aria-label={t('identification.approve.remove')} />
            </Space>
          ))}
          <Button icon={<PlusOutlined />} onClick={() => add({})} disabled={name === 'exclusions' && options.length === 0}>
            {t(`identification.approve.add.${name}`)}
          </Button>
        </>
      )}
    </Form.List>
  );

  return (
    <Modal
      open
      width={820}
      title={t('identification.approve.title', { category: t(`enums.category.${set.category}`), year: set.year })}
      okText={t('identification.approve.ok')}
      cancelText={t('common.cancel')}
      confirmLoading={approve.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      {!run.data ? (
        <Spin style={{ display: 'block', margin: '32px auto' }} />
      ) : (
        <Form<ApprovalValues>
          form={form}
          layout="vertical"
          initialValues={{ kind: 'Приказ', number: '', authority: me.organisation.name, additions: [], exclusions: [] }}
          onFinish={(values) => void onFinish(values)}
        >
          <ServerErrorAlert error={serverError} />
          <Typography.Paragraph>
            {t('identification.approve.proposed', { count: proposed.length })}
          </Typography.Paragraph>
          <Space wrap style={{ display: 'flex' }}>
            <Form.Item name="kind" label={t('identification.approve.kind')} rules={[{ required: true }]}>
              <Input style={{ width: 160 }} maxLength={100} />
            </Form.Item>
            <Form.Item name="number" label={t('identification.approve.number')} rules={[{ required: true, message: t('identification.approve.numberRequired') }]}>
              <Input style={{ width: 160 }} maxLength={100} />
            </Form.Item>
            <Form.Item name="date" label={t('identification.approve.date')} rules={[{ required: true, message: t('identification.approve.dateRequired') }]}>
              <DatePicker format="DD.MM.YYYY" />
            </Form.Item>
          </Space>
          <Form.Item name="authority" label={t('identification.approve.authority')} rules={[{ required: true }]}>
            <Input maxLength={300} />
          </Form.Item>
          <Typography.Title level={5}>{t('identification.approve.additions')}</Typography.Title>
          {decisions('additions', others)}
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('identification.approve.exclusions')}
          </Typography.Title>
          {decisions('exclusions', proposed)}
        </Form>
      )}
    </Modal>
  );
}

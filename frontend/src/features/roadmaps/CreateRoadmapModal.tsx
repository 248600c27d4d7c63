import { Form, Input, InputNumber, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { RoadmapInput } from '../../shared/api/types';
import { ServerErrorAlert } from '../../shared/forms/ServerErrorAlert';
import { useServerErrors } from '../../shared/forms/useServerErrors';
import { useCreateRoadmap, useDirections } from './api';

export function CreateRoadmapModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RoadmapInput>();
  const directions = useDirections(open);
  const create = useCreateRoadmap();
  const navigate = useNavigate();
  const year = new Date().getFullYear();
  const { serverError, showError, clearServerError } = useServerErrors(
    form,
    ['title', 'directionCode', 'goal', 'tasks', 'yearFrom', 'yearTo', 'periodicity', 'reportDueDay'].map((f) => [f]),
  );

  return (
    <Modal
      open={open}
      title={t('roadmaps.form.title')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      width={640}
      destroyOnHidden
    >
      <ServerErrorAlert error={serverError} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ directionCode: '1.2', yearFrom: year, yearTo: year + 1, periodicity: 'QUARTER', reportDueDay: 5 }}
        onFinish={(values) => {
          clearServerError();
          create.mutate(values, {
            onSuccess: (roadmap) => {
              onClose();
              void navigate(`/roadmaps/${roadmap.id}`);
            },
            onError: showError,
          });
        }}
      >
        <Form.Item name="title" label={t('roadmaps.form.name')} rules={[{ required: true }]}>
          <Input.TextArea autoSize maxLength={500} />
        </Form.Item>
        <Form.Item name="directionCode" label={t('roadmaps.form.direction')} rules={[{ required: true }]}>
          <Select
            options={directions.data?.map((d) => ({ value: d.code, label: `${d.code} ${d.name}` }))}
            loading={directions.isLoading}
          />
        </Form.Item>
        <Form.Item name="goal" label={t('roadmaps.form.goal')}>
          <Input.TextArea autoSize maxLength={4000} />
        </Form.Item>
        <Form.Item name="tasks" label={t('roadmaps.form.tasks')}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={4000} />
        </Form.Item>
        <Form.Item name="yearFrom" label={t('roadmaps.form.yearFrom')} rules={[{ required: true }]} style={{ display: 'inline-block', width: 140 }}>
          <InputNumber min={2000} max={2100} />
        </Form.Item>
        <Form.Item name="yearTo" label={t('roadmaps.form.yearTo')} rules={[{ required: true }]} style={{ display: 'inline-block', width: 140 }}>
          <InputNumber min={2000} max={2100} />
        </Form.Item>
        <Form.Item name="periodicity" label={t('roadmaps.form.periodicity')} rules={[{ required: true }]}>
          <Select
            options={(['QUARTER', 'HALF_YEAR'] as const).map((p) => ({ value: p, label: t(`enums.periodicity.${p}`) }))}
          />
        </Form.Item>
        <Form.Item name="reportDueDay" label={t('roadmaps.form.dueDay')} extra={t('roadmaps.form.dueDayHint')} rules={[{ required: true }]}>
          <InputNumber min={1} max={28} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

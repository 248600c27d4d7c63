import { Form, Input, InputNumber, Modal, Select, Steps, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Roadmap, RoadmapInput, RoadmapItem } from '../../shared/api/types';
import { ServerErrorAlert } from '../../shared/forms/ServerErrorAlert';
import { useServerErrors } from '../../shared/forms/useServerErrors';
import { useCurrentUser } from '../../shared/me/CurrentUser';
import { useCreateRoadmap } from './api';
import { DataTable } from '../../shared/ui/DataTable';

/**
 * The cascade: a municipality builds its roadmap from the regional complex (a school from its municipality's),
 * choosing the measures that concern it; each new measure keeps the link to the one it implements.
 */
export function CascadeModal({ parent, open, onClose }: { parent: Roadmap; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const create = useCreateRoadmap();
  const [step, setStep] = useState(0);
  const [chosen, setChosen] = useState<number[]>([]);
  const [form] = Form.useForm<RoadmapInput>();
  const { serverError, showError, clearServerError } = useServerErrors(form, [['title'], ['yearFrom'], ['yearTo'], ['reportDueDay']]);
  const items: (RoadmapItem & { sectionTitle: string })[] = parent.sections.flatMap((s) =>
    s.items.map((item) => ({ ...item, sectionTitle: s.title })),
  );

  return (
    <Modal
      open={open}
      width={900}
      title={t('roadmaps.cascade.title')}
      okText={step === 0 ? t('roadmaps.cascade.next') : t('roadmaps.cascade.create')}
      cancelText={step === 0 ? t('common.cancel') : t('common.back')}
      okButtonProps={{ disabled: step === 0 && chosen.length === 0 }}
      confirmLoading={create.isPending}
      onCancel={() => (step === 0 ? onClose() : setStep(0))}
      onOk={() => (step === 0 ? setStep(1) : form.submit())}
      destroyOnHidden
    >
      <Steps size="small" current={step} items={[{ title: t('roadmaps.cascade.items') }, { title: t('roadmaps.cascade.heading') }]} style={{ marginBottom: 16 }} />
      {step === 0 ? (
        <DataTable
          label={t('roadmaps.cascade.title')}
          rowKey="id"
          size="small"
          pagination={false}
          scroll={{ y: 420 }}
          dataSource={items}
          rowSelection={{ selectedRowKeys: chosen, onChange: (keys) => setChosen(keys as number[]) }}
          columns={[
            { key: 'number', title: t('roadmaps.item.number'), dataIndex: 'number', width: 70 },
            {
              key: 'title',
              title: t('roadmaps.item.title'),
              render: (_, item) => (
                <>
                  {item.title}
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {item.sectionTitle} · {item.executors}
                    </Typography.Text>
                  </div>
                </>
              ),
            },
            { key: 'timeframe', title: t('roadmaps.item.timeframe'), dataIndex: 'timeframe', width: 180 },
          ]}
        />
      ) : (
        <>
          <ServerErrorAlert error={serverError} />
          <Form
            form={form}
            layout="vertical"
            initialValues={{
              title: `${parent.title} — ${me.organisation.name}`.slice(0, 500),
              directionCode: parent.direction.code,
              yearFrom: parent.yearFrom,
              yearTo: parent.yearTo,
              periodicity: parent.periodicity,
              reportDueDay: parent.reportDueDay,
            }}
            onFinish={(values) => {
              clearServerError();
              create.mutate(
                { ...values, parentId: parent.id, parentItemIds: chosen },
                {
                  onSuccess: (roadmap) => {
                    onClose();
                    void navigate(`/roadmaps/${roadmap.id}`);
                  },
                  onError: showError,
                },
              );
            }}
          >
            <Typography.Paragraph>{t('roadmaps.cascade.chosen', { count: chosen.length })}</Typography.Paragraph>
            <Form.Item name="title" label={t('roadmaps.form.name')} rules={[{ required: true, whitespace: true }]}>
              <Input.TextArea autoSize maxLength={500} />
            </Form.Item>
            <Form.Item name="directionCode" hidden>
              <Input />
            </Form.Item>
            <Form.Item name="yearFrom" label={t('roadmaps.form.yearFrom')} rules={[{ required: true }]} style={{ display: 'inline-block', width: 140 }}>
              <InputNumber min={2000} max={2100} />
            </Form.Item>
            <Form.Item name="yearTo" label={t('roadmaps.form.yearTo')} rules={[{ required: true }]} style={{ display: 'inline-block', width: 140 }}>
              <InputNumber min={2000} max={2100} />
            </Form.Item>
            <Form.Item name="periodicity" label={t('roadmaps.form.periodicity')} rules={[{ required: true }]}>
              <Select options={(['QUARTER', 'HALF_YEAR'] as const).map((p) => ({ value: p, label: t(`enums.periodicity.${p}`) }))} />
            </Form.Item>
            <Form.Item name="reportDueDay" label={t('roadmaps.form.dueDay')} rules={[{ required: true }]}>
              <InputNumber min={1} max={28} />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}

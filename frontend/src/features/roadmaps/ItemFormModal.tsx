import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../shared/api/ApiClientProvider';
import { unwrap } from '../../shared/api/errors';
import type { Roadmap, RoadmapItem } from '../../shared/api/types';
import { ServerErrorAlert } from '../../shared/forms/ServerErrorAlert';
import { useServerErrors } from '../../shared/forms/useServerErrors';
import { RiskFactorSelect } from '../../shared/reference/RiskFactorSelect';
import { roadmapKeys } from './api';

interface ItemValues {
  sectionId: number;
  number: string;
  title: string;
  timeframe: string;
  wholePeriod: boolean;
  windows?: { range: [Dayjs, Dayjs] }[];
  executors?: string;
  expectedResult?: string;
  plannedIndicator?: string;
  plannedValue?: number;
  riskFactorId?: number | null;
}

/** Adds or edits a measure of a draft: the wording of its timeframe and its structured date windows. */
export function ItemFormModal({ roadmap, item, open, onClose }: { roadmap: Roadmap; item?: RoadmapItem; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ItemValues>();
  const { serverError, showError, clearServerError } = useServerErrors(form, [
    ['sectionId'],
    ['number'],
    ['title'],
    ['timeframe'],
    ['windows'],
    ['executors'],
    ['expectedResult'],
    ['plannedIndicator'],
    ['plannedValue'],
    ['riskFactorId'],
  ]);
  const wholePeriod = Form.useWatch('wholePeriod', form);
  const save = useMutation({
    mutationFn: (values: ItemValues) => {
      const body = {
        ...values,
        windows: values.wholePeriod
          ? []
          : (values.windows ?? []).map((w) => ({ from: w.range[0].format('YYYY-MM-DD'), to: w.range[1].format('YYYY-MM-DD') })),
        executorOrganisations: item?.executorOrganisations.map((o) => ({ type: o.type, id: o.id })) ?? [],
        parentItemId: item?.parentItem?.id,
        version: item?.version,
        riskFactorId: values.riskFactorId ?? null,
      };
      return item
        ? unwrap(client.PUT('/api/v1/roadmaps/{roadmapId}/items/{itemId}', { params: { path: { roadmapId: roadmap.id, itemId: item.id } }, body }))
        : unwrap(client.POST('/api/v1/roadmaps/{roadmapId}/items', { params: { path: { roadmapId: roadmap.id } }, body }));
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: roadmapKeys.roadmap(roadmap.id) }),
  });

  return (
    <Modal
      open={open}
      width={760}
      title={item ? `${t('roadmaps.edit.item')} ${item.number}` : t('roadmaps.edit.addItem')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <ServerErrorAlert error={serverError} />
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={
          item
            ? {
                ...item,
                executors: item.executors ?? undefined,
                expectedResult: item.expectedResult ?? undefined,
                plannedIndicator: item.plannedIndicator ?? undefined,
                plannedValue: item.plannedValue ?? undefined,
                riskFactorId: item.riskFactorId ?? undefined,
                windows: item.windows.map((w) => ({ range: [dayjs(w.from), dayjs(w.to)] })),
              }
            : { sectionId: roadmap.sections.at(-1)?.id, wholePeriod: false, windows: [{}] }
        }
        onFinish={(values) => {
          clearServerError();
          save.mutate(values, {
            onSuccess: () => {
              void message.success(t('report.saved'));
              onClose();
            },
            onError: showError,
          });
        }}
      >
        <Form.Item name="sectionId" label={t('roadmaps.edit.section')} rules={[{ required: true }]}>
          <Select options={roadmap.sections.map((s) => ({ value: s.id, label: s.title }))} />
        </Form.Item>
        <Form.Item name="number" label={t('roadmaps.item.number')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={20} style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="title" label={t('roadmaps.item.title')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea autoSize maxLength={2000} />
        </Form.Item>
        <Form.Item name="timeframe" label={t('roadmaps.edit.timeframe')} extra={t('roadmaps.edit.timeframeHint')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="wholePeriod" valuePropName="checked">
          <Checkbox>{t('roadmaps.edit.wholePeriod')}</Checkbox>
        </Form.Item>
        {!wholePeriod && (
          <Form.List name="windows">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <div key={field.key} style={{ display: 'flex', gap: 8, alignItems: 'baseline' }}>
                    <Form.Item name={[field.name, 'range']} rules={[{ required: true }]} label={t('roadmaps.edit.window')}>
                      <DatePicker.RangePicker format="DD.MM.YYYY" />
                    </Form.Item>
                    {fields.length > 1 && <MinusCircleOutlined onClick={() => remove(field.name)} />}
                  </div>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} style={{ marginBottom: 16 }}>
                  {t('roadmaps.edit.addWindow')}
                </Button>
              </>
            )}
          </Form.List>
        )}
        <Form.Item name="executors" label={t('roadmaps.item.executors')}>
          <Input maxLength={1000} />
        </Form.Item>
        <Form.Item name="expectedResult" label={t('roadmaps.item.expectedResult')}>
          <Input.TextArea autoSize maxLength={2000} />
        </Form.Item>
        <Form.Item name="plannedIndicator" label={t('roadmaps.edit.plannedIndicator')}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="plannedValue" label={t('roadmaps.edit.plannedValue')}>
          <InputNumber decimalSeparator="," />
        </Form.Item>
        {roadmap.level === 'SCHOOL' && (
          <Form.Item name="riskFactorId" label={t('identification.risk.itemFactor')} extra={t('identification.risk.itemFactorHint')}>
            <RiskFactorSelect />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

/** Adds a section (блок) at the end of a draft. */
export function SectionFormModal({ roadmapId, open, onClose }: { roadmapId: number; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ title: string }>();
  const { serverError, showError, clearServerError } = useServerErrors(form, [['title']]);
  const add = useMutation({
    mutationFn: (title: string) =>
      unwrap(client.POST('/api/v1/roadmaps/{roadmapId}/sections', { params: { path: { roadmapId } }, body: { title } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: roadmapKeys.roadmap(roadmapId) }),
  });
  return (
    <Modal
      open={open}
      title={t('roadmaps.edit.addSection')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={add.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <ServerErrorAlert error={serverError} />
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={({ title }) => {
          clearServerError();
          add.mutate(title, { onSuccess: onClose, onError: showError });
        }}
      >
        <Form.Item name="title" label={t('roadmaps.edit.sectionTitle')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={300} placeholder="1. Управленческий блок" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

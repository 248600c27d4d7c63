import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Flex, Form, Input, InputNumber, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { SCHOOL_CATEGORIES } from '../../shared/api/enums';
import type { EventInput, MethodEvent, SchoolCategory } from '../../shared/api/types';
import { ServerErrorAlert } from '../../shared/forms/ServerErrorAlert';
import { useServerErrors } from '../../shared/forms/useServerErrors';
import { useSaveEvent, useSchools } from './api';

export const EVENT_KINDS = ['SEMINAR', 'TRAINING', 'MASTER_CLASS', 'CONSULTATION', 'WEBINAR', 'MEETING', 'ROUND_TABLE'] as const;

interface Values {
  kind: EventInput['kind'];
  heldOn: Dayjs;
  organiserName?: string;
  topic: string;
  description?: string;
  publicationUrl?: string;
  categories?: SchoolCategory[];
  schoolIds?: number[];
  attendance?: { schoolId: number; participants: number }[];
  roadmapItemId?: number | null;
}

export function EventFormModal({ event, onClose }: { event?: MethodEvent; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const schools = useSchools();
  const save = useSaveEvent(event?.id);
  const { serverError, showError, clearServerError } = useServerErrors(form, [
    ['topic'],
    ['heldOn'],
    ['publicationUrl'],
    ['roadmapItemId'],
    ['attendance'],
  ]);
  const schoolOptions = schools.data?.items.map((s) => ({ value: s.id, label: s.shortName }));
  const initial: Partial<Values> = event
    ? {
        kind: event.kind,
        heldOn: dayjs(event.heldOn),
        organiserName: event.organiserName,
        topic: event.topic,
        description: event.description ?? undefined,
        publicationUrl: event.publicationUrl ?? undefined,
        categories: event.audienceCategories,
        schoolIds: event.audienceSchools.map((s) => s.id),
        attendance: event.attendance.map((a) => ({ schoolId: a.schoolId, participants: a.participants })),
        roadmapItemId: event.roadmapItem?.itemId ?? null,
      }
    : { kind: 'SEMINAR', heldOn: dayjs(), attendance: [] };
  const submit = (values: Values) => {
    clearServerError();
    save.mutate(
      {
        kind: values.kind,
        heldOn: values.heldOn.format('YYYY-MM-DD'),
        organiserName: values.organiserName?.trim() || null,
        topic: values.topic,
        description: values.description?.trim() || null,
        audience: {
          schoolIds: values.schoolIds ?? [],
          categories: values.categories ?? [],
          municipalityIds: event?.audienceMunicipalities.map((m) => m.id) ?? [],
        },
        publicationUrl: values.publicationUrl?.trim() || null,
        attendance: values.attendance ?? [],
        roadmapItemId: values.roadmapItemId ?? null,
        version: event?.version ?? null,
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
      width={680}
      title={event ? t('support.events.edit') : t('support.events.create')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <ServerErrorAlert error={serverError} />
      <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={submit}>
        <Flex gap={16} wrap>
          <Form.Item name="kind" label={t('support.events.form.kind')} rules={[{ required: true }]} style={{ flex: '1 1 200px' }}>
            <Select options={EVENT_KINDS.map((k) => ({ value: k, label: t(`support.events.kind.${k}`) }))} />
          </Form.Item>
          <Form.Item name="heldOn" label={t('support.events.form.heldOn')} rules={[{ required: true }]} style={{ flex: '1 1 160px' }}>
            <DatePicker format="DD.MM.YYYY" style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
        <Form.Item name="topic" label={t('support.events.form.topic')} rules={[{ required: true, whitespace: true, max: 1000 }]}>
          <Input.TextArea autoSize />
        </Form.Item>
        <Form.Item name="organiserName" label={t('support.events.form.organiserName')} rules={[{ max: 500 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="publicationUrl" label={t('support.events.form.publicationUrl')} rules={[{ type: 'url', max: 2000 }]}>
          <Input placeholder="https://" />
        </Form.Item>
        <Form.Item name="categories" label={t('support.events.form.categories')}>
          <Select mode="multiple" options={SCHOOL_CATEGORIES.map((c) => ({ value: c, label: t(`enums.category.${c}`) }))} />
        </Form.Item>
        <Form.Item name="schoolIds" label={t('support.events.form.schools')}>
          <Select mode="multiple" optionFilterProp="label" options={schoolOptions} />
        </Form.Item>
        <Form.Item label={t('support.events.form.attendance')}>
          <Form.List name="attendance">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Flex key={field.key} gap={8} align="baseline">
                    <Form.Item name={[field.name, 'schoolId']} rules={[{ required: true }]} style={{ flex: 1, marginBottom: 8 }}>
                      <Select showSearch optionFilterProp="label" options={schoolOptions} aria-label={t('support.events.form.schools')} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'participants']} rules={[{ required: true }]} style={{ marginBottom: 8 }}>
                      <InputNumber min={0} max={10000} aria-label={t('support.events.form.participants')} />
                    </Form.Item>
                    <Button type="text" icon={<MinusCircleOutlined />} aria-label={t('support.common.remove')} onClick={() => remove(field.name)} />
                  </Flex>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ participants: 1 })}>
                  {t('support.events.form.addAttendance')}
                </Button>
              </>
            )}
          </Form.List>
        </Form.Item>
        <Form.Item name="roadmapItemId" label={t('support.events.form.roadmapItemId')}>
          <InputNumber min={1} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="description" label={t('support.events.form.description')} rules={[{ max: 4000 }]}>
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

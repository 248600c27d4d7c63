import { App, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Recommendation, RecommendationInput } from '../../shared/api/types';
import { ServerErrorAlert } from '../../shared/forms/ServerErrorAlert';
import { useServerErrors } from '../../shared/forms/useServerErrors';
import { useAddresseeSchools, useCreateRecommendation, useMe, useMunicipalities, useUpdateRecommendation } from './api';

const AUDIENCES = ['ADMINISTRATION', 'TEACHERS', 'PARENTS', 'STUDENTS'] as const;
const BASIS_KINDS = ['IDENTIFICATION', 'RISK_FACTOR', 'INDICATOR_ANALYSIS', 'MEETING_DECISION', 'CURATOR_VISIT', 'MONITORING'] as const;

interface Values {
  addresseeType: 'SCHOOL' | 'MUNICIPALITY';
  addresseeId?: number;
  audiences: RecommendationInput['audiences'];
  text: string;
  basisKind: RecommendationInput['basis']['kind'];
  basisId?: number | null;
  basisText?: string;
  dueOn: Dayjs;
}

/** Issues a recommendation, or edits one not yet answered (the addressee then stays). */
export function RecommendationFormModal({
  recommendation,
  defaults,
  onClose,
}: {
  recommendation?: Recommendation;
  defaults?: Partial<Values>;
  onClose: (id?: number) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const me = useMe();
  const curator = me.data?.role === 'CURATOR';
  const ministry = me.data?.role === 'MINISTRY';
  const schools = useAddresseeSchools(curator, !recommendation);
  const municipalities = useMunicipalities(me.data?.organisation.regionId ?? 0, ministry && !recommendation);
  const create = useCreateRecommendation();
  const update = useUpdateRecommendation(recommendation?.id ?? 0);
  const { serverError, showError, clearServerError } = useServerErrors(form, [
    ['addresseeId'],
    ['audiences'],
    ['text'],
    ['basisId'],
    ['basisText'],
    ['dueOn'],
  ]);
  const addresseeType = Form.useWatch('addresseeType', form);
  const initial: Partial<Values> = recommendation
    ? {
        audiences: recommendation.audiences,
        text: recommendation.text,
        basisKind: recommendation.basis.kind,
        basisId: recommendation.basis.referenceId,
        basisText: recommendation.basis.reference ?? undefined,
        dueOn: dayjs(recommendation.dueOn),
      }
    : { addresseeType: 'SCHOOL', audiences: ['ADMINISTRATION'], basisKind: 'INDICATOR_ANALYSIS', dueOn: dayjs().add(1, 'month'), ...defaults };

  const submit = (values: Values) => {
    clearServerError();
    const basis = { kind: values.basisKind, referenceId: values.basisId ?? null, reference: values.basisText?.trim() || null };
    const dueOn = values.dueOn.format('YYYY-MM-DD');
    const done = (r: { id: number }) => {
      void message.success(t('support.common.saved'));
      onClose(r.id);
    };
    if (recommendation) {
      update.mutate(
        { audiences: values.audiences, text: values.text, basis, dueOn, version: recommendation.version },
        { onSuccess: done, onError: showError },
      );
    } else {
      create.mutate(
        {
          addressee: { type: values.addresseeType, id: values.addresseeId ?? 0 },
          audiences: values.audiences,
          text: values.text,
          basis,
          dueOn,
        },
        { onSuccess: done, onError: showError },
      );
    }
  };

  return (
    <Modal
      open
      width={640}
      title={recommendation ? t('support.recommendations.actions.EDIT') : t('support.recommendations.create')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending || update.isPending}
      onOk={() => form.submit()}
      onCancel={() => onClose()}
      destroyOnHidden
    >
      <ServerErrorAlert error={serverError} />
      <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={submit}>
        {!recommendation && (
          <>
            {ministry && (
              <Form.Item name="addresseeType" label={t('support.recommendations.form.addresseeType')}>
                <Radio.Group
                  options={[
                    { value: 'SCHOOL', label: t('support.recommendations.form.school') },
                    { value: 'MUNICIPALITY', label: t('support.recommendations.form.municipality') },
                  ]}
                />
              </Form.Item>
            )}
            <Form.Item name="addresseeId" label={t('support.recommendations.form.addresseeId')} rules={[{ required: true }]}>
              <Select
                showSearch
                optionFilterProp="label"
                options={
                  addresseeType === 'MUNICIPALITY'
                    ? municipalities.data?.map((m) => ({ value: m.id, label: m.name }))
                    : schools.data?.map((s) => ({ value: s.id, label: s.name }))
                }
              />
            </Form.Item>
          </>
        )}
        <Form.Item name="audiences" label={t('support.recommendations.form.audiences')} rules={[{ required: true, type: 'array', min: 1 }]}>
          <Checkbox.Group options={AUDIENCES.map((a) => ({ value: a, label: t(`support.recommendations.audience.${a}`) }))} />
        </Form.Item>
        <Form.Item name="text" label={t('support.recommendations.form.text')} rules={[{ required: true, whitespace: true, max: 4000 }]}>
          <Input.TextArea autoSize={{ minRows: 3 }} />
        </Form.Item>
        <Form.Item name="basisKind" label={t('support.recommendations.form.basisKind')} rules={[{ required: true }]}>
          <Select options={BASIS_KINDS.map((k) => ({ value: k, label: t(`support.recommendations.basisKind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="basisId" label={t('support.recommendations.form.basisId')}>
          <InputNumber min={1} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="basisText" label={t('support.recommendations.form.basisText')} rules={[{ max: 1000 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="dueOn" label={t('support.recommendations.form.dueOn')} rules={[{ required: true }]}>
          <DatePicker format="DD.MM.YYYY" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

import { App, Checkbox, Divider, Flex, Form, Input, InputNumber, Modal, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { BETTER_DIRECTIONS, INDICATOR_PERIODICITIES, INDICATOR_SOURCES, VALUE_TYPES } from '../../shared/api/enums';
import type { FieldPath } from '../../shared/api/fieldErrors';
import type { Indicator, IndicatorInput } from '../../shared/api/types';
import { ServerErrorAlert } from '../../shared/forms/ServerErrorAlert';
import { useServerErrors } from '../../shared/forms/useServerErrors';
import { useIndicatorDimensions, useIndicatorGroups, useIndicators } from '../../shared/reference/indicators';
import { indicatorOption } from '../../shared/ui/IndicatorOption';
import { useCreateIndicator, useUpdateIndicator } from './api';
import { groupOptions } from './catalogue';

type FormValues = Omit<IndicatorInput, 'dimensions' | 'version'> & { dimensions?: Record<string, string[] | undefined> };

const FIELDS = [
  'code',
  'name',
  'description',
  'groupCode',
  'valueType',
  'unit',
  'better',
  'source',
  'periodicity',
  'numeratorCode',
  'denominatorCode',
  'minValue',
  'maxValue',
  'maxChange',
  'required',
  'archived',
];

function blankToUndefined(value: string | null | undefined): string | undefined {
  return value == null || value.trim() === '' ? undefined : value.trim();
}

function initialValues(indicator: Indicator | undefined): Partial<FormValues> {
  if (!indicator) return { valueType: 'PERCENT', unit: '%', better: 'HIGHER', source: 'SCHOOL_DATA', periodicity: 'YEAR', required: false };
  return {
    code: indicator.code,
    name: indicator.name,
    description: indicator.description ?? undefined,
    groupCode: indicator.groupCode,
    valueType: indicator.valueType,
    unit: indicator.unit ?? undefined,
    better: indicator.better,
    source: indicator.source,
    periodicity: indicator.periodicity,
    dimensions: indicator.dimensions ?? {},
    numeratorCode: indicator.numeratorCode ?? undefined,
    denominatorCode: indicator.denominatorCode ?? undefined,
    minValue: indicator.minValue ?? undefined,
    maxValue: indicator.maxValue ?? undefined,
    maxChange: indicator.maxChange ?? undefined,
    required: indicator.required,
    archived: indicator.archived,
  };
}

/** The ministry's own regional indicator: a new one, or an edit of one it added (the common catalogue is read-only). */
export function IndicatorFormModal({ open, indicator, onClose }: { open: boolean; indicator?: Indicator; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const groups = useIndicatorGroups(open);
  const dimensions = useIndicatorDimensions(open);
  const catalogue = useIndicators({}, open);
  const create = useCreateIndicator();
  const update = useUpdateIndicator();
  const saving = create.isPending || update.isPending;
  const fieldPaths: FieldPath[] = [...FIELDS.map((field) => [field]), ...(dimensions.data ?? []).map((d) => ['dimensions', d.code])];
  const { serverError, showError, clearServerError } = useServerErrors(form, fieldPaths);
  const valueType = Form.useWatch('valueType', form);
  const numeric = valueType === 'PERCENT' || valueType === 'NUMBER' || valueType === 'INTEGER';
  // A share is computed from two counts that are not computed themselves.
  const counts = (catalogue.data ?? [])
    .filter((i) => !i.computed && (i.valueType === 'INTEGER' || i.valueType === 'NUMBER') && i.id !== indicator?.id)
    .map((i) => indicatorOption(i.code, i));

  const submit = (values: FormValues) => {
    clearServerError();
    const chosen = Object.fromEntries(
      Object.entries(values.dimensions ?? {}).filter((entry): entry is [string, string[]] => (entry[1]?.length ?? 0) > 0),
    );
    const body: IndicatorInput = {
      ...values,
      code: values.code.trim(),
      name: values.name.trim(),
      description: blankToUndefined(values.description),
      unit: blankToUndefined(values.unit),
      numeratorCode: blankToUndefined(values.numeratorCode),
      denominatorCode: blankToUndefined(values.denominatorCode),
      dimensions: chosen,
      minValue: numeric ? (values.minValue ?? undefined) : undefined,
      maxValue: numeric ? (values.maxValue ?? undefined) : undefined,
      maxChange: numeric ? (values.maxChange ?? undefined) : undefined,
      version: indicator?.version,
    };
    const done = () => {
      void message.success(t(indicator ? 'indicators.form.saved' : 'indicators.form.created'));
      onClose();
    };
    if (indicator) update.mutate({ indicatorId: indicator.id, body }, { onSuccess: done, onError: showError });
    else create.mutate(body, { onSuccess: done, onError: showError });
  };

  return (
    <Modal
      open={open}
      title={indicator ? t('indicators.form.editTitle', { code: indicator.code }) : t('indicators.form.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onCancel={onClose}
      onOk={() => form.submit()}
      width={760}
      destroyOnHidden
      afterOpenChange={(visible) => visible || clearServerError()}
    >
      <ServerErrorAlert error={serverError} />
      <Form form={form} layout="vertical" initialValues={initialValues(indicator)} onFinish={submit} preserve={false}>
        <Flex gap={12}>
          <Form.Item
            name="code"
            label={t('indicators.form.code')}
            extra={t('indicators.form.codeHint')}
            rules={[{ required: true, whitespace: true }, { pattern: /^[A-Z][A-Z0-9_]*$/ }]}
            style={{ flex: 1 }}
          >
            <Input maxLength={64} disabled={indicator != null} />
          </Form.Item>
          <Form.Item name="groupCode" label={t('indicators.form.group')} rules={[{ required: true }]} style={{ flex: 1 }}>
            <Select options={groupOptions(groups.data)} loading={groups.isLoading} popupMatchSelectWidth={false} />
          </Form.Item>
        </Flex>
        <Form.Item name="name" label={t('indicators.form.name')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea autoSize maxLength={500} />
        </Form.Item>
        <Form.Item name="description" label={t('indicators.form.description')}>
          <Input.TextArea autoSize maxLength={2000} />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="valueType" label={t('indicators.form.valueType')} rules={[{ required: true }]} style={{ minWidth: 160 }}>
            <Select options={VALUE_TYPES.map((v) => ({ value: v, label: t(`enums.valueType.${v}`) }))} />
          </Form.Item>
          <Form.Item name="unit" label={t('indicators.form.unit')} style={{ width: 160 }}>
            <Input maxLength={20} />
          </Form.Item>
          <Form.Item name="better" label={t('indicators.form.better')} rules={[{ required: true }]} style={{ minWidth: 190 }}>
            <Select options={BETTER_DIRECTIONS.map((b) => ({ value: b, label: t(`enums.better.${b}`) }))} />
          </Form.Item>
        </Flex>
        <Flex gap={12} wrap>
          <Form.Item name="source" label={t('indicators.form.source')} rules={[{ required: true }]} style={{ minWidth: 260 }}>
            <Select options={INDICATOR_SOURCES.map((s) => ({ value: s, label: t(`enums.indicatorSource.${s}`) }))} />
          </Form.Item>
          <Form.Item name="periodicity" label={t('indicators.form.periodicity')} rules={[{ required: true }]} style={{ minWidth: 180 }}>
            <Select options={INDICATOR_PERIODICITIES.map((p) => ({ value: p, label: t(`enums.indicatorPeriodicity.${p}`) }))} />
          </Form.Item>
        </Flex>
        {numeric && (
          <Flex gap={12} wrap>
            <Form.Item name="minValue" label={t('indicators.form.minValue')}>
              <InputNumber decimalSeparator="," />
            </Form.Item>
            <Form.Item name="maxValue" label={t('indicators.form.maxValue')}>
              <InputNumber decimalSeparator="," />
            </Form.Item>
            <Form.Item name="maxChange" label={t('indicators.form.maxChange')} tooltip={t('indicators.form.maxChangeHint')}>
              <InputNumber decimalSeparator="," min={0} />
            </Form.Item>
          </Flex>
        )}
        {valueType !== 'TEXT' && (
          <>
            <Typography.Text strong>{t('indicators.form.dimensions')}</Typography.Text>
            <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
              {t('indicators.form.dimensionsHint')}
            </Typography.Paragraph>
            <Flex gap={12} wrap>
              {(dimensions.data ?? []).map((dimension) => (
                <Form.Item key={dimension.code} name={['dimensions', dimension.code]} label={dimension.name} style={{ minWidth: 320, flex: 1 }}>
                  <Select
                    mode="multiple"
                    allowClear
                    showSearch={{ optionFilterProp: 'label' }}
                    options={dimension.values.map((v) => ({ value: v.code, label: v.name }))}
                  />
                </Form.Item>
              ))}
            </Flex>
          </>
        )}
        {numeric && (
          <>
            <Divider titlePlacement="start" plain style={{ margin: '4px 0 8px' }}>
              {t('indicators.form.computedHeading')}
            </Divider>
            <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
              {t('indicators.form.computedHint')}
            </Typography.Paragraph>
            <Flex gap={12}>
              <Form.Item name="numeratorCode" label={t('indicators.form.numerator')} style={{ flex: 1 }}>
                <Select allowClear showSearch={{ optionFilterProp: 'search' }} options={counts} popupMatchSelectWidth={false} />
              </Form.Item>
              <Form.Item name="denominatorCode" label={t('indicators.form.denominator')} style={{ flex: 1 }}>
                <Select allowClear showSearch={{ optionFilterProp: 'search' }} options={counts} popupMatchSelectWidth={false} />
              </Form.Item>
            </Flex>
          </>
        )}
        <Flex gap={24}>
          <Form.Item name="required" valuePropName="checked">
            <Checkbox>{t('indicators.form.required')}</Checkbox>
          </Form.Item>
          {indicator && (
            <Form.Item name="archived" valuePropName="checked">
              <Checkbox>{t('indicators.form.archived')}</Checkbox>
            </Form.Item>
          )}
        </Flex>
      </Form>
    </Modal>
  );
}

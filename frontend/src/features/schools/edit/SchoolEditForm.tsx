import { Alert, App, Button, Card, Flex, Form, Input, InputNumber, Radio } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EDUCATION_LEVELS, SETTLEMENT_TYPES } from '../../../shared/api/enums';
import type { FieldPath } from '../../../shared/api/fieldErrors';
import type { School, SchoolUpdate } from '../../../shared/api/types';
import { CheckboxGroupField } from '../../../shared/forms/CheckboxGroupField';
import { ServerErrorAlert } from '../../../shared/forms/ServerErrorAlert';
import { useServerErrors } from '../../../shared/forms/useServerErrors';
import { formatNumber } from '../../../shared/format/format';
import { useUpdateSchool } from '../api';

export type SchoolFormValues = Omit<SchoolUpdate, 'version'>;

const EDITABLE_FIELDS = ['code', 'fullName', 'shortName', 'address', 'settlementType', 'levels', 'studentsCount', 'teachersCount'] as const;
const FIELD_PATHS: FieldPath[] = EDITABLE_FIELDS.map((field) => [field]);

function formValuesOf(school: School): SchoolFormValues {
  return {
    code: school.code,
    fullName: school.fullName,
    shortName: school.shortName,
    address: school.address,
    settlementType: school.settlementType,
    levels: school.levels,
    studentsCount: school.studentsCount,
    teachersCount: school.teachersCount,
  };
}

function sameValue(left: unknown, right: unknown): boolean {
  if (Array.isArray(left) && Array.isArray(right)) return [...left].sort().join() === [...right].sort().join();
  return left === right;
}

interface SchoolEditFormProps {
  school: School;
  /** Fetches the current version after a 409; resolves to it (or undefined if that failed too). */
  reloadSchool: () => Promise<School | undefined>;
  onSaved: (school: School) => void;
  onCancel: () => void;
}

export function SchoolEditForm({ school, reloadSchool, onSaved, onCancel }: SchoolEditFormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<SchoolFormValues>();
  const { serverError, showError, clearServerError } = useServerErrors(form, FIELD_PATHS);
  // The version the user's edit is based on; it changes only when the user asks for the current one.
  const [version, setVersion] = useState(school.version);
  const [reloading, setReloading] = useState(false);
  const [serverDifferences, setServerDifferences] = useState<string[] | null>(null);
  const update = useUpdateSchool(school.id);

  const submit = async (values: SchoolFormValues) => {
    clearServerError();
    setServerDifferences(null);
    try {
      const body: SchoolUpdate = {
        ...values,
        code: values.code.trim(),
        fullName: values.fullName.trim(),
        shortName: values.shortName.trim(),
        address: values.address.trim(),
        version,
      };
      const saved = await update.mutateAsync(body);
      message.success(t('school.saved'));
      onSaved(saved);
    } catch (error) {
      showError(error);
    }
  };

  const displayValue = (field: (typeof EDITABLE_FIELDS)[number], current: School): string => {
    switch (field) {
      case 'levels':
        return current.levels.map((level) => t(`enums.level.${level}`)).join(', ');
      case 'settlementType':
        return t(`enums.settlement.${current.settlementType}`);
      case 'studentsCount':
      case 'teachersCount':
        return formatNumber(current[field]);
      default:
        return current[field];
    }
  };

  const loadCurrentVersion = async () => {
    setReloading(true);
    try {
      const current = await reloadSchool();
      if (!current) return;
      // Keep what the user typed; only tell them where the server now differs.
      const typed = form.getFieldsValue(true) as SchoolFormValues;
      const serverValues = formValuesOf(current);
      setServerDifferences(
        EDITABLE_FIELDS.filter((field) => !sameValue(typed[field], serverValues[field])).map(
          (field) => `${t(`school.${field}`)}: ${displayValue(field, current)}`,
        ),
      );
      setVersion(current.version);
      clearServerError();
    } finally {
      setReloading(false);
    }
  };

  const required = { required: true, whitespace: true, message: t('validation.required') };
  const maxLength = (max: number) => ({ max, message: t('validation.maxLength', { max }) });
  const count = [
    { required: true, message: t('validation.required') },
    { type: 'integer' as const, message: t('validation.integer') },
    { type: 'number' as const, min: 0, message: t('validation.nonNegative') },
  ];

  return (
    <Card>
      <ServerErrorAlert error={serverError} onReloadStale={() => void loadCurrentVersion()} reloading={reloading} />
      {serverDifferences && (
        <Alert
          type="info"
          showIcon
          closable
          title={t('errors.conflictReloaded')}
          description={
            serverDifferences.length > 0 && (
              <>
                {t('errors.serverValues')}
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {serverDifferences.map((difference) => (
                    <li key={difference}>{difference}</li>
                  ))}
                </ul>
              </>
            )
          }
          style={{ marginBottom: 16 }}
        />
      )}
      <Form<SchoolFormValues>
        form={form}
        name="school-edit"
        layout="vertical"
        initialValues={formValuesOf(school)}
        onFinish={(values) => void submit(values)}
        style={{ maxWidth: 800 }}
      >
        <Form.Item name="fullName" label={t('school.fullName')} rules={[required, maxLength(500)]}>
          <Input.TextArea maxLength={500} autoSize={{ minRows: 2 }} />
        </Form.Item>
        <Form.Item name="shortName" label={t('school.shortName')} rules={[required, maxLength(200)]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="code"
          label={t('school.code')}
          rules={[required, maxLength(20)]}
          // A hint only: other stable codes are allowed, so the server alone decides validity.
          extra={t('validation.innHint')}
        >
          <Input maxLength={20} style={{ maxWidth: 240 }} />
        </Form.Item>
        <Form.Item name="address" label={t('school.address')} rules={[required, maxLength(500)]}>
          <Input.TextArea maxLength={500} autoSize={{ minRows: 2 }} />
        </Form.Item>
        <Form.Item name="settlementType" label={t('school.settlementType')} rules={[{ required: true, message: t('validation.required') }]}>
          <Radio.Group options={SETTLEMENT_TYPES.map((type) => ({ value: type, label: t(`enums.settlement.${type}`) }))} />
        </Form.Item>
        <Form.Item
          name="levels"
          label={t('school.levels')}
          rules={[{ required: true, type: 'array', min: 1, message: t('validation.levels') }]}
        >
          <CheckboxGroupField
            label={t('school.levels')}
            options={EDUCATION_LEVELS.map((level) => ({ value: level, label: `${t(`enums.level.${level}`)} — ${t(`enums.levelFull.${level}`)}` }))}
          />
        </Form.Item>
        <Flex gap={24} wrap>
          <Form.Item name="studentsCount" label={t('school.studentsCount')} rules={count}>
            <InputNumber min={0} precision={0} style={{ width: 180 }} />
          </Form.Item>
          <Form.Item name="teachersCount" label={t('school.teachersCount')} rules={count}>
            <InputNumber min={0} precision={0} style={{ width: 180 }} />
          </Form.Item>
        </Flex>
        <Flex gap={8}>
          <Button type="primary" htmlType="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
          <Button onClick={onCancel}>{t('common.cancel')}</Button>
        </Flex>
      </Form>
    </Card>
  );
}

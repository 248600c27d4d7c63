import { App, DatePicker, Form, Input, InputNumber, Modal, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { SCHOOL_CATEGORIES } from '../../../shared/api/enums';
import type { FieldPath } from '../../../shared/api/fieldErrors';
import type { SchoolCategory } from '../../../shared/api/types';
import { ServerErrorAlert } from '../../../shared/forms/ServerErrorAlert';
import { useServerErrors } from '../../../shared/forms/useServerErrors';
import { useAssignCategory } from '../api';

const MIN_YEAR = 2015;
const MAX_YEAR = 2100;
const FIELDS: FieldPath[] = [['year'], ['category'], ['document'], ['document', 'number'], ['document', 'date'], ['document', 'authority']];

interface AssignCategoryValues {
  year: number;
  category: SchoolCategory;
  document: { number: string; date: Dayjs; authority: string };
}

export function AssignCategoryModal({ schoolId, onClose }: { schoolId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<AssignCategoryValues>();
  const { serverError, showError, clearServerError } = useServerErrors(form, FIELDS);
  const assign = useAssignCategory(schoolId);

  const submit = async ({ year, category, document }: AssignCategoryValues) => {
    clearServerError();
    try {
      await assign.mutateAsync({
        year,
        category,
        document: { number: document.number.trim(), date: document.date.format('YYYY-MM-DD'), authority: document.authority.trim() },
      });
      message.success(t('categories.assigned'));
      onClose();
    } catch (error) {
      showError(error);
    }
  };

  const required = { required: true, whitespace: true, message: t('validation.required') };
  return (
    <Modal
      open
      title={t('categories.assignTitle')}
      okText={t('categories.assign')}
      cancelText={t('common.cancel')}
      confirmLoading={assign.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <ServerErrorAlert error={serverError} />
      <Form<AssignCategoryValues>
        form={form}
        layout="vertical"
        name="assign-category"
        initialValues={{ year: new Date().getFullYear() }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          name="year"
          label={t('categories.year')}
          rules={[
            { required: true, message: t('validation.required') },
            { type: 'number', min: MIN_YEAR, max: MAX_YEAR, message: t('validation.yearRange', { min: MIN_YEAR, max: MAX_YEAR }) },
          ]}
        >
          <InputNumber min={MIN_YEAR} max={MAX_YEAR} precision={0} controls style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="category" label={t('categories.category')} rules={[{ required: true, message: t('validation.required') }]}>
          <Select
            options={SCHOOL_CATEGORIES.map((category) => ({
              value: category,
              label: `${t(`enums.category.${category}`)} — ${t(`enums.categoryFull.${category}`)}`,
            }))}
          />
        </Form.Item>
        <Typography.Title level={5}>{t('categories.documentHeading')}</Typography.Title>
        <Form.Item
          name={['document', 'number']}
          label={t('categories.documentNumber')}
          rules={[required, { max: 100, message: t('validation.maxLength', { max: 100 }) }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name={['document', 'date']} label={t('categories.documentDate')} rules={[{ required: true, message: t('validation.required') }]}>
          <DatePicker format="DD.MM.YYYY" />
        </Form.Item>
        <Form.Item
          name={['document', 'authority']}
          label={t('categories.documentAuthority')}
          rules={[required, { max: 300, message: t('validation.maxLength', { max: 300 }) }]}
        >
          <Input.TextArea maxLength={300} autoSize={{ minRows: 2 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

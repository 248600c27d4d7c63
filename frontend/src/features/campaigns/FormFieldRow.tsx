import { LockOutlined } from '@ant-design/icons';
import { Checkbox, Flex, Form, Input, InputNumber, Radio, Space, Tag, Tooltip, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { FormField } from '../../shared/api/types';
import { formatMeasure } from '../../shared/format/format';
import { periodText } from '../../shared/format/period';
import { CodeHint } from '../../shared/ui/CodeHint';
import { ValueStatusTag } from './CampaignTags';
import { commentRules, numberDependencies, numberRules } from './fieldChecks';
import { fieldKey, valuePropOf } from './formValues';

export function fieldTitle(field: Pick<FormField, 'name' | 'disaggregationLabel'>): string {
  return field.disaggregationLabel ? `${field.name}, ${field.disaggregationLabel}` : field.name;
}

function shownValue(
  t: TFunction,
  field: FormField,
  number: number | null | undefined,
  flag: boolean | null | undefined,
  text: string | null | undefined,
): string | null {
  if (field.valueType === 'BOOLEAN') return flag == null ? null : t(flag ? 'campaignForm.yes' : 'campaignForm.no');
  if (field.valueType === 'TEXT') return text || null;
  return number == null ? null : formatMeasure(number, field.unit);
}

interface FormFieldRowProps {
  field: FormField;
  editable: boolean;
  /** In review: the value may be ticked to return it with its own reason. */
  reviewing: boolean;
  marked: boolean;
  onMark: (marked: boolean) => void;
}

/** A field of the form: what is asked, the input by value type, last period and the target beside it, a comment. */
export function FormFieldRow({ field, editable, reviewing, marked, onMark }: FormFieldRowProps) {
  const { t } = useTranslation();
  const key = fieldKey(field);
  const title = fieldTitle(field);
  const locked = field.status === 'ACCEPTED';
  const disabled = !editable || locked;
  const previous = shownValue(t, field, field.previousNumber, field.previousFlag, field.previousText);
  const previousPeriod = periodText(field.previousPeriod, t);
  const testId = `field-${field.code}${field.disaggregation ? `:${field.disaggregation}` : ''}`;

  let input;
  if (field.computed) {
    input = (
      <Typography.Text strong data-testid="computed-value">
        {field.number != null ? formatMeasure(field.number, field.unit) : <Typography.Text type="secondary">{t('campaignForm.computedEmpty')}</Typography.Text>}
      </Typography.Text>
    );
  } else if (field.valueType === 'BOOLEAN') {
    input = (
      <Form.Item name={['v', key, 'flag']} style={{ marginBottom: 0 }}>
        <Radio.Group
          disabled={disabled}
          aria-label={title}
          options={[
            { value: true, label: t('campaignForm.yes') },
            { value: false, label: t('campaignForm.no') },
          ]}
        />
      </Form.Item>
    );
  } else if (field.valueType === 'TEXT') {
    input = (
      <Form.Item name={['v', key, 'text']} style={{ marginBottom: 0 }}>
        <Input.TextArea disabled={disabled} aria-label={title} autoSize={{ minRows: 2 }} maxLength={4000} />
      </Form.Item>
    );
  } else {
    input = (
      <Form.Item
        name={['v', key, valuePropOf(field)]}
        style={{ marginBottom: 0 }}
        rules={numberRules(field)}
        dependencies={numberDependencies(field)}
      >
        <InputNumber
          disabled={disabled}
          aria-label={title}
          decimalSeparator=","
          precision={field.valueType === 'INTEGER' ? 0 : undefined}
          suffix={field.unit || undefined}
          style={{ width: 180 }}
        />
      </Form.Item>
    );
  }

  return (
    <Flex gap={16} wrap data-testid={testId} style={{ padding: '12px 0', borderBottom: '1px solid #f0f0f0' }}>
      <div style={{ flex: '2 1 320px', minWidth: 0 }}>
        <Typography.Text strong>{field.name}</Typography.Text>
        <CodeHint code={field.code} label={t('usability.indicatorCode')} />
        {field.required && !field.computed && (
          <Typography.Text type="danger" title={t('campaignForm.required')}>
            {' '}
            *
          </Typography.Text>
        )}
        {field.disaggregationLabel && (
          <div>
            <Typography.Text type="secondary">{field.disaggregationLabel}</Typography.Text>
          </div>
        )}
        <Space size={4} wrap style={{ marginTop: 4 }}>
          {field.unit && <Tag>{field.unit}</Tag>}
          {field.computed && <Tag color="cyan">{t('campaigns.computedTag')}</Tag>}
          <ValueStatusTag status={field.status} />
          {locked && (
            <Tooltip title={t('campaignForm.locked')}>
              <LockOutlined aria-label={t('campaignForm.locked')} />
            </Tooltip>
          )}
        </Space>
        {field.status === 'RETURNED' && field.returnReason && (
          <div>
            <Typography.Text type="danger" data-testid="value-return-reason">
              {t('campaignForm.valueReturned', { reason: field.returnReason })}
            </Typography.Text>
          </div>
        )}
      </div>
      <div style={{ flex: '1 1 200px' }}>
        {input}
        <div style={{ marginTop: 4, fontSize: 12 }}>
          <Typography.Text type="secondary" data-testid="previous-value" style={{ fontSize: 12 }}>
            {previous != null
              ? t('campaignForm.previous', { period: previousPeriod, value: previous })
              : t('campaignForm.previousNone', { period: previousPeriod })}
          </Typography.Text>
          {field.target != null && (
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="target-value">
                {t('campaignForm.target', { value: formatMeasure(field.target, field.unit) })}
              </Typography.Text>
            </div>
          )}
        </div>
      </div>
      <div style={{ flex: '1.5 1 240px' }}>
        {field.computed ? null : (
          <Form.Item
            name={['v', key, 'comment']}
            style={{ marginBottom: 0 }}
            rules={commentRules(field)}
            dependencies={field.valueType === 'BOOLEAN' || field.valueType === 'TEXT' ? [] : [['v', key, 'number']]}
          >
            <Input.TextArea
              disabled={disabled}
              autoSize
              maxLength={2000}
              placeholder={t('campaignForm.comment')}
              aria-label={t('campaignForm.commentOf', { name: title })}
            />
          </Form.Item>
        )}
        {reviewing && !field.computed && field.status != null && (
          <Checkbox checked={marked} onChange={(e) => onMark(e.target.checked)} style={{ marginTop: 8 }}>
            {t('campaignForm.markReturn')}
          </Checkbox>
        )}
      </div>
    </Flex>
  );
}

import { DeleteOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Form, Input, InputNumber, Radio, Row, Select, Space, Typography, type FormInstance } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { conditionInput, type ConditionValues } from '../../shared/forms/ruleCondition';
import { useRulePreview } from './api';
import type { Comparison, IdentifiedCategory, MissingData, RuleIndicator, RulePreview } from './types';

export interface RuleValues {
  id?: number | null;
  label?: string | null;
  condition: ConditionValues;
}

const COMPARISONS: Comparison[] = ['GE', 'GT', 'LE', 'LT', 'EQ', 'NE'];
const SIGNS: Record<Comparison, string> = { LT: '<', LE: '≤', GT: '>', GE: '≥', EQ: '=', NE: '≠' };
const MISSING: MissingData[] = ['FLAG', 'SKIP_SCHOOL', 'NOT_MET'];


export function newRule(indicators: RuleIndicator[]): RuleValues {
  const vpr = indicators.find((i) => i.code === 'VPR_MARK_2') ?? indicators[0];
  return {
    id: null,
    label: null,
    condition: {
      indicatorId: vpr?.id,
      cuts: [],
      cutMatch: 'ANY',
      comparison: 'GE',
      threshold: 30,
      yearsRequired: 2,
      yearsWindow: 2,
      missingData: 'FLAG',
    },
  };
}

interface RuleEditorProps {
  form: FormInstance;
  group: 'entry' | 'exit';
  field: number;
  position: number;
  indicators: RuleIndicator[];
  editable: boolean;
  onRemove: () => void;
}

/**
 * One rule of a criteria set: the indicator (with its unit, range and cuts), the comparison with a threshold, the
 * persistence, the minimum of participants where the indicator has them, what missing data means — and, as it is
 * edited, how many schools of the region the rule alone would catch.
 */
export function RuleEditor({ form, group, field, position, indicators, editable, onRemove }: RuleEditorProps) {
  const { t } = useTranslation();
  const condition = Form.useWatch([group, 'rules', field, 'condition'], form) as ConditionValues | undefined;
  const year = Form.useWatch('year', form) as number | undefined;
  const category = Form.useWatch('category', form) as IdentifiedCategory | undefined;
  const indicator = indicators.find((i) => i.id === condition?.indicatorId);
  const preview = useRulePreview();
  const [result, setResult] = useState<RulePreview | null>(null);
  const key = useMemo(() => JSON.stringify({ condition, year, category }), [condition, year, category]);

  useEffect(() => {
    if (!condition?.indicatorId || !year || !category || condition.threshold == null) return undefined;
    const timer = setTimeout(() => {
      preview.mutate(
        { year, category, condition: conditionInput(condition) },
        { onSuccess: setResult, onError: () => setResult(null) },
      );
    }, 500);
    return () => clearTimeout(timer);
    // `key` stands for the watched values.
  }, [key]);

  const disabled = !editable;
  return (
    <Card
      size="small"
      title={t('identification.editor.rule', { n: position })}
      extra={
        editable && (
          <Button type="text" danger icon={<DeleteOutlined />} onClick={onRemove} aria-label={t('identification.editor.removeRule', { n: position })} />
        )
      }
      style={{ marginBottom: 12 }}
    >
      <Form.Item name={[field, 'id']} hidden>
        <Input />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} md={10}>
          <Form.Item name={[field, 'label']} label={t('identification.editor.label')}>
            <Input disabled={disabled} maxLength={300} placeholder={t('identification.editor.labelPlaceholder')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={14}>
          <Form.Item
            name={[field, 'condition', 'indicatorId']}
            label={t('ruleCondition.indicator')}
            rules={[{ required: true, message: t('ruleCondition.indicatorRequired') }]}
          >
            <Select
              disabled={disabled}
              showSearch
              optionFilterProp="label"
              onChange={() => form.setFieldValue([group, 'rules', field, 'condition', 'cuts'], [])}
              options={indicators.map((i) => ({ value: i.id, label: `${i.name} (${i.code})` }))}
            />
          </Form.Item>
        </Col>
      </Row>
      {indicator && indicator.cuts.length > 0 && (
        <Row gutter={12}>
          <Col xs={24} md={14}>
            <Form.Item name={[field, 'condition', 'cuts']} label={t('ruleCondition.cuts')}>
              <Select
                disabled={disabled}
                mode="multiple"
                allowClear
                placeholder={t('ruleCondition.allCuts')}
                options={indicator.cuts.map((c) => ({ value: c.key, label: c.label }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item label={t('ruleCondition.cutMatch')}>
              <Space wrap>
                <Form.Item name={[field, 'condition', 'cutMatch']} noStyle>
                  <Radio.Group disabled={disabled}>
                    <Radio value="ANY">{t('ruleCondition.cutAny')}</Radio>
                    <Radio value="AT_LEAST">{t('ruleCondition.cutAtLeast')}</Radio>
                  </Radio.Group>
                </Form.Item>
                {condition?.cutMatch === 'AT_LEAST' && (
                  <Form.Item name={[field, 'condition', 'minCuts']} noStyle>
                    <InputNumber disabled={disabled} min={1} max={100} style={{ width: 80 }} aria-label={t('ruleCondition.minCuts')} />
                  </Form.Item>
                )}
              </Space>
            </Form.Item>
          </Col>
        </Row>
      )}
      <Row gutter={12}>
        <Col xs={12} md={5}>
          <Form.Item name={[field, 'condition', 'comparison']} label={t('ruleCondition.comparison')}>
            <Select disabled={disabled} options={COMPARISONS.map((c) => ({ value: c, label: `${SIGNS[c]} ${t(`ruleCondition.comparisonOption.${c}`)}` }))} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item
            name={[field, 'condition', 'threshold']}
            label={t('ruleCondition.threshold')}
            extra={indicator && (indicator.minValue != null || indicator.maxValue != null)
              ? t('ruleCondition.range', { min: indicator.minValue ?? '—', max: indicator.maxValue ?? '—' })
              : undefined}
            rules={[{ required: true, message: t('ruleCondition.thresholdRequired') }]}
          >
            <InputNumber
              disabled={disabled}
              decimalSeparator=","
              style={{ width: '100%' }}
              min={indicator?.minValue ?? undefined}
              max={indicator?.maxValue ?? undefined}
              suffix={indicator?.unit ?? undefined}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={7}>
          <Form.Item label={t('ruleCondition.persistence')}>
            <Space wrap>
              <span>{t('ruleCondition.in')}</span>
              <Form.Item name={[field, 'condition', 'yearsRequired']} noStyle>
                <InputNumber disabled={disabled} min={1} max={10} style={{ width: 64 }} aria-label={t('ruleCondition.yearsRequired')} />
              </Form.Item>
              <span>{t('ruleCondition.of')}</span>
              <Form.Item name={[field, 'condition', 'yearsWindow']} noStyle>
                <InputNumber disabled={disabled} min={1} max={10} style={{ width: 64 }} aria-label={t('ruleCondition.yearsWindow')} />
              </Form.Item>
              <span>{t('ruleCondition.lastYears')}</span>
            </Space>
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item
            name={[field, 'condition', 'minParticipants']}
            label={t('ruleCondition.minParticipants')}
            extra={indicator?.participantsName ? undefined : t('ruleCondition.noParticipants')}
          >
            <InputNumber disabled={disabled || !indicator?.participantsName} min={1} max={100000} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12} align="bottom">
        <Col xs={24} md={12}>
          <Form.Item name={[field, 'condition', 'missingData']} label={t('ruleCondition.missingData')}>
            <Select disabled={disabled} options={MISSING.map((m) => ({ value: m, label: t(`ruleCondition.missingDataOption.${m}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Flex vertical style={{ marginBottom: 24 }} aria-live="polite" data-testid={`preview-${group}-${position}`}>
            <Typography.Text type="secondary">{t('identification.editor.preview')}</Typography.Text>
            <Typography.Text strong>
              {result
                ? t('identification.editor.previewResult', {
                    count: result.met,
                    total: result.evaluatedSchools,
                    undetermined: result.flagged + result.skipped,
                  })
                : preview.isPending
                  ? t('common.loading')
                  : '—'}
            </Typography.Text>
          </Flex>
        </Col>
      </Row>
    </Card>
  );
}

import { Col, Form, InputNumber, Radio, Row, Select, Space } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { components } from '../api/schema';
import type { ConditionValues } from './ruleCondition';

type Schemas = components['schemas'];
type Comparison = Schemas['RuleComparison'];
type MissingData = Schemas['RuleMissingData'];
type RuleIndicator = Schemas['RuleIndicator'];

const SIGNS: Record<Comparison, string> = { LT: '<', LE: '≤', GT: '>', GE: '≥', EQ: '=', NE: '≠' };

/** How a form offers the condition, the same for each of its rules: a feature declares it once. */
export interface ConditionSetup {
  /** The comparisons and the meanings of missing data, in the order the form offers them. */
  comparisons: readonly Comparison[];
  missingData: readonly MissingData[];
  /** How many of 24 columns the rule's own first field (`lead`) takes beside the indicator on wide screens. */
  leadSpan: number;
  /** The threshold cannot be entered outside the indicator's range (otherwise the server's answer says so). */
  thresholdInRange?: boolean;
  /** The narrow layout of a dialog: even columns, narrower year inputs, no trailing words and hints. */
  compact?: boolean;
}

export interface ConditionFieldsProps {
  setup: ConditionSetup;
  /** The absolute name of the `Form.List` of rules, each rule holding its condition under `condition`. */
  list: (string | number)[];
  /** The rule's field in that list. */
  field: number;
  indicators: RuleIndicator[];
  /** The rule's own field before the indicator in the first row. */
  lead: ReactNode;
  disabled?: boolean;
  /** Shown beside «if there is no data» (without it the missing-data choice closes the rule). */
  aside?: ReactNode;
}

/**
 * The condition of a rule, as identification criteria and the derivation of risk levels both edit it: the indicator
 * (with its unit, range and cuts), the comparison with a threshold, the persistence over years, the minimum of
 * participants where the indicator has them, and what missing data means. Choosing another indicator clears the cuts.
 */
export function ConditionFields({ setup, list, field, indicators, lead, disabled, aside }: ConditionFieldsProps) {
  const { comparisons, missingData, leadSpan, thresholdInRange = false, compact = false } = setup;
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const condition = Form.useWatch([...list, field, 'condition'], form) as ConditionValues | undefined;
  const indicator = indicators.find((i) => i.id === condition?.indicatorId);
  const name = (key: keyof ConditionValues) => [field, 'condition', key];
  const yearsWidth = compact ? 56 : 64;
  const range = indicator && (indicator.minValue != null || indicator.maxValue != null)
    ? t('ruleCondition.range', { min: indicator.minValue ?? '—', max: indicator.maxValue ?? '—' })
    : undefined;
  const participantsHint = compact || indicator?.participantsName ? undefined : t('ruleCondition.noParticipants');
  const missingItem = (
    <Form.Item name={name('missingData')} label={t('ruleCondition.missingData')} style={aside ? undefined : { marginBottom: 0 }}>
      <Select disabled={disabled} options={missingData.map((m) => ({ value: m, label: t(`ruleCondition.missingDataOption.${m}`) }))} />
    </Form.Item>
  );
  return (
    <>
      <Row gutter={12}>
        <Col xs={24} md={leadSpan}>
          {lead}
        </Col>
        <Col xs={24} md={24 - leadSpan}>
          <Form.Item
            name={name('indicatorId')}
            label={t('ruleCondition.indicator')}
            rules={[{ required: true, message: t('ruleCondition.indicatorRequired') }]}
          >
            <Select
              disabled={disabled}
              showSearch
              optionFilterProp="label"
              onChange={() => form.setFieldValue([...list, field, 'condition', 'cuts'], [])}
              options={indicators.map((i) => ({ value: i.id, label: `${i.name} (${i.code})` }))}
            />
          </Form.Item>
        </Col>
      </Row>
      {indicator && indicator.cuts.length > 0 && (
        <Row gutter={12}>
          <Col xs={24} md={14}>
            <Form.Item name={name('cuts')} label={t('ruleCondition.cuts')}>
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
                <Form.Item name={name('cutMatch')} noStyle>
                  <Radio.Group disabled={disabled}>
                    <Radio value="ANY">{t('ruleCondition.cutAny')}</Radio>
                    <Radio value="AT_LEAST">{t('ruleCondition.cutAtLeast')}</Radio>
                  </Radio.Group>
                </Form.Item>
                {condition?.cutMatch === 'AT_LEAST' && (
                  <Form.Item name={name('minCuts')} noStyle>
                    <InputNumber disabled={disabled} min={1} max={100} style={{ width: 80 }} aria-label={t('ruleCondition.minCuts')} />
                  </Form.Item>
                )}
              </Space>
            </Form.Item>
          </Col>
        </Row>
      )}
      <Row gutter={12}>
        <Col xs={12} md={compact ? 6 : 5}>
          <Form.Item name={name('comparison')} label={t('ruleCondition.comparison')}>
            <Select disabled={disabled} options={comparisons.map((c) => ({ value: c, label: `${SIGNS[c]} ${t(`ruleCondition.comparisonOption.${c}`)}` }))} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name={name('threshold')} label={t('ruleCondition.threshold')} extra={range} rules={[{ required: true, message: t('ruleCondition.thresholdRequired') }]}>
            <InputNumber
              disabled={disabled}
              decimalSeparator=","
              style={{ width: '100%' }}
              min={thresholdInRange ? (indicator?.minValue ?? undefined) : undefined}
              max={thresholdInRange ? (indicator?.maxValue ?? undefined) : undefined}
              suffix={indicator?.unit ?? undefined}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={compact ? 6 : 7}>
          <Form.Item label={t('ruleCondition.persistence')}>
            <Space wrap size={compact ? 4 : undefined}>
              <span>{t('ruleCondition.in')}</span>
              <Form.Item name={name('yearsRequired')} noStyle>
                <InputNumber disabled={disabled} min={1} max={10} style={{ width: yearsWidth }} aria-label={t('ruleCondition.yearsRequired')} />
              </Form.Item>
              <span>{t('ruleCondition.of')}</span>
              <Form.Item name={name('yearsWindow')} noStyle>
                <InputNumber disabled={disabled} min={1} max={10} style={{ width: yearsWidth }} aria-label={t('ruleCondition.yearsWindow')} />
              </Form.Item>
              {!compact && <span>{t('ruleCondition.lastYears')}</span>}
            </Space>
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name={name('minParticipants')} label={t('ruleCondition.minParticipants')} extra={participantsHint}>
            <InputNumber disabled={disabled || !indicator?.participantsName} min={1} max={100000} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      {aside ? (
        <Row gutter={12} align="bottom">
          <Col xs={24} md={12}>
            {missingItem}
          </Col>
          <Col xs={24} md={12}>
            {aside}
          </Col>
        </Row>
      ) : (
        missingItem
      )}
    </>
  );
}

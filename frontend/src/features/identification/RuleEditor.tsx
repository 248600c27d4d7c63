import { DeleteOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, Typography, type FormInstance } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConditionFields, type ConditionSetup } from '../../shared/forms/ConditionFields';
import { conditionInput, type ConditionValues } from '../../shared/forms/ruleCondition';
import { useRulePreview } from './api';
import type { IdentifiedCategory, RuleIndicator, RulePreview } from './types';

export interface RuleValues {
  id?: number | null;
  label?: string | null;
  condition: ConditionValues;
}

/** How the criteria editor offers a condition: «not less than» and «to the expert» first, the threshold kept in range. */
const CONDITION: ConditionSetup = {
  comparisons: ['GE', 'GT', 'LE', 'LT', 'EQ', 'NE'],
  missingData: ['FLAG', 'SKIP_SCHOOL', 'NOT_MET'],
  leadSpan: 10,
  thresholdInRange: true,
};


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
      <ConditionFields
        setup={CONDITION}
        list={[group, 'rules']}
        field={field}
        indicators={indicators}
        disabled={disabled}
        lead={
          <Form.Item name={[field, 'label']} label={t('identification.editor.label')}>
            <Input disabled={disabled} maxLength={300} placeholder={t('identification.editor.labelPlaceholder')} />
          </Form.Item>
        }
        aside={
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
        }
      />
    </Card>
  );
}

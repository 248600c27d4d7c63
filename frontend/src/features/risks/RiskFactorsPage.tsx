import { DeleteOutlined, EditOutlined, FunctionOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, InputNumber, Modal, Select, Space, Switch, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorResult } from '../../shared/errors/ErrorResult';
import { ConditionFields, type ConditionSetup } from '../../shared/forms/ConditionFields';
import { conditionInput, type ConditionValues } from '../../shared/forms/ruleCondition';
import { ServerErrorAlert } from '../../shared/forms/ServerErrorAlert';
import { useServerErrors } from '../../shared/forms/useServerErrors';
import { PageHeader } from '../../shared/layout/PageHeader';
import { useCan } from '../../shared/me/CurrentUser';
import { DataTable } from '../../shared/ui/DataTable';
import { useAllRiskFactors, useCreateRiskFactor, useDerivationIndicators, useSetDerivation, useUpdateRiskFactor } from './api';
import { LevelTag } from './tags';
import type { RiskFactor, RiskLevel, RuleIndicator } from './types';

/** How the derivation dialog offers a condition: «less than» and «not met» first, narrow; the server judges the range. */
const CONDITION: ConditionSetup = {
  comparisons: ['LT', 'LE', 'GT', 'GE', 'EQ', 'NE'],
  missingData: ['NOT_MET', 'FLAG', 'SKIP_SCHOOL'],
  leadSpan: 6,
  compact: true,
};
const LEVELS: RiskLevel[] = ['HIGH', 'MEDIUM', 'LOW'];

/**
 * The region's «500+» risk factors as reference data: the common list of ФИОКО (read-only here: it changes by a
 * migration) and the region's own factors, each with the rules that derive its level from indicators. What the
 * caller may do with a factor comes from its `allowed`.
 */
export default function RiskFactorsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const factors = useAllRiskFactors();
  const [editing, setEditing] = useState<RiskFactor | 'new' | null>(null);
  const [deriving, setDeriving] = useState<RiskFactor | null>(null);
  if (factors.isError && !factors.data) {
    return <QueryErrorResult error={factors.error} onRetry={() => void factors.refetch()} />;
  }
  return (
    <>
      <PageHeader
        title={t('identification.factors.title')}
        subtitle={t('identification.factors.subtitle')}
        actions={
          can('IDENTIFICATION_MANAGE') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {t('identification.factors.create')}
            </Button>
          )
        }
      />
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('identification.factors.commonNote')} />
      <DataTable<RiskFactor>
        label={t('identification.factors.title')}
        rowKey="id"
        loading={factors.isFetching}
        dataSource={factors.data}
        pagination={false}
        minWidth={960}
        columns={[
          { title: '№', dataIndex: 'position', width: 56 },
          {
            title: t('identification.factors.columns.factor'),
            key: 'factor',
            width: 340,
            render: (_, f) => (
              <Space orientation="vertical" size={2}>
                <Typography.Text strong>{f.name}</Typography.Text>
                <Typography.Text type="secondary" code>
                  {f.code}
                </Typography.Text>
                {f.description && <Typography.Text type="secondary">{f.description}</Typography.Text>}
                <Space size={4} wrap>
                  <Tag color={f.common ? 'blue' : 'purple'}>{t(f.common ? 'identification.factors.common' : 'identification.factors.regional')}</Tag>
                  {f.archived && <Tag>{t('identification.factors.archived')}</Tag>}
                </Space>
              </Space>
            ),
          },
          {
            title: t('identification.factors.columns.derivation'),
            key: 'derivation',
            render: (_, f) =>
              f.derivation.rules.length === 0 ? (
                <Typography.Text type="secondary">{t('identification.factors.noRules')}</Typography.Text>
              ) : (
                <Space orientation="vertical" size={4}>
                  {f.derivation.rules.map((r) => (
                    <span key={r.id}>
                      <LevelTag level={r.level} /> {r.condition.text}
                    </span>
                  ))}
                </Space>
              ),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 200,
            render: (_, f) => (
              <Space orientation="vertical" size={4}>
                {f.allowed.includes('EDIT') && (
                  <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(f)}>
                    {t('identification.factors.edit')}
                  </Button>
                )}
                {f.allowed.includes('DERIVE') && (
                  <Button size="small" icon={<FunctionOutlined />} onClick={() => setDeriving(f)}>
                    {t('identification.factors.derive')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {editing && <FactorModal factor={editing === 'new' ? null : editing} next={nextPosition(factors.data)} onClose={() => setEditing(null)} />}
      {deriving && <DerivationModal factor={deriving} onClose={() => setDeriving(null)} />}
    </>
  );
}

function nextPosition(factors: RiskFactor[] | undefined): number {
  return Math.min(1000, Math.max(10, ...(factors ?? []).map((f) => f.position)) + 1);
}

interface FactorValues {
  code: string;
  name: string;
  description?: string | null;
  position: number;
  archived: boolean;
}

/** A region's own factor, new or changed (with its version). */
function FactorModal({ factor, next, onClose }: { factor: RiskFactor | null; next: number; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<FactorValues>();
  const create = useCreateRiskFactor();
  const update = useUpdateRiskFactor(factor?.id ?? 0);
  const save = factor ? update : create;
  const { serverError, showError, clearServerError } = useServerErrors(form, [['code'], ['name'], ['description'], ['position']]);
  const onFinish = (v: FactorValues) => {
    clearServerError();
    save.mutate(
      { code: v.code.trim(), name: v.name.trim(), description: v.description?.trim() || null, position: v.position, archived: v.archived, version: factor?.version ?? null },
      {
        onSuccess: () => {
          void message.success(t('identification.factors.saved'));
          onClose();
        },
        onError: showError,
      },
    );
  };
  return (
    <Modal
      open
      title={factor ? t('identification.factors.editTitle', { name: factor.name }) : t('identification.factors.create')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <ServerErrorAlert error={serverError} />
      <Form<FactorValues>
        form={form}
        layout="vertical"
        initialValues={
          factor
            ? { code: factor.code, name: factor.name, description: factor.description, position: factor.position, archived: factor.archived }
            : { code: '', name: '', description: null, position: next, archived: false }
        }
        onFinish={onFinish}
      >
        <Form.Item
          name="code"
          label={t('identification.factors.code')}
          extra={t('identification.factors.codeHint')}
          rules={[{ required: true, message: t('identification.factors.codeRequired') }, { max: 40 }, { pattern: /^[A-Z][A-Z0-9_]*$/, message: t('identification.factors.codeHint') }]}
        >
          <Input maxLength={40} placeholder="REMOTE_LOCATION" />
        </Form.Item>
        <Form.Item name="name" label={t('identification.factors.name')} rules={[{ required: true, whitespace: true, message: t('identification.factors.nameRequired') }, { max: 300 }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="description" label={t('identification.factors.description')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item name="position" label={t('identification.factors.position')} rules={[{ required: true }]}>
          <InputNumber min={1} max={1000} />
        </Form.Item>
        <Form.Item name="archived" label={t('identification.factors.archivedLabel')} valuePropName="checked" extra={t('identification.factors.archivedHint')}>
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface DerivationValues {
  rules: { level?: RiskLevel; condition: ConditionValues }[];
}

const NEW_CONDITION: ConditionValues = { cuts: [], cutMatch: 'ANY', comparison: 'LT', yearsRequired: 1, yearsWindow: 1, missingData: 'NOT_MET' };


/**
 * The rules deriving a factor's level from indicators, replaced as a whole (with the rules' version): each names a
 * level and a condition of the same kind as the identification criteria; of the rules met the highest level counts.
 */
function DerivationModal({ factor, onClose }: { factor: RiskFactor; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<DerivationValues>();
  const indicators = useDerivationIndicators(true);
  const save = useSetDerivation(factor.id);
  const rules = (Form.useWatch('rules', form) as DerivationValues['rules'] | undefined) ?? [];
  const { serverError, showError, clearServerError } = useServerErrors(form, [
    ['version'],
    ...rules.flatMap((_, i) => [
      ['rules', i, 'level'],
      ...['indicatorId', 'cuts', 'minCuts', 'comparison', 'threshold', 'yearsRequired', 'yearsWindow', 'minParticipants', 'missingData'].map((k) => [
        'rules',
        i,
        'condition',
        k,
      ]),
    ]),
  ]);
  const initial: DerivationValues = {
    rules: factor.derivation.rules.map((r) => ({
      level: r.level,
      condition: {
        indicatorId: r.condition.indicatorId,
        cuts: r.condition.allCuts ? [] : r.condition.cuts.map((c) => c.key),
        cutMatch: r.condition.cutMatch,
        minCuts: r.condition.minCuts ?? null,
        comparison: r.condition.comparison,
        threshold: r.condition.threshold,
        yearsRequired: r.condition.yearsRequired,
        yearsWindow: r.condition.yearsWindow,
        minParticipants: r.condition.minParticipants ?? null,
        missingData: r.condition.missingData,
      },
    })),
  };
  const onFinish = () => {
    clearServerError();
    // The whole store: a rule's fields not shown (cuts of an indicator without cuts) keep their values.
    const v = form.getFieldsValue(true) as DerivationValues;
    save.mutate(
      { version: factor.derivation.version, rules: (v.rules ?? []).map((r) => ({ level: r.level ?? 'HIGH', condition: conditionInput(r.condition) })) },
      {
        onSuccess: () => {
          void message.success(t('identification.factors.rulesSaved'));
          onClose();
        },
        onError: showError,
      },
    );
  };
  return (
    <Modal
      open
      width={900}
      title={t('identification.factors.deriveTitle', { name: factor.name })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('identification.factors.deriveHint')}</Typography.Paragraph>
      <ServerErrorAlert error={serverError} />
      <Form<DerivationValues> form={form} layout="vertical" initialValues={initial} onFinish={onFinish}>
        <Form.List name="rules">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, i) => (
                <ConditionCard
                  key={field.key}
                  field={field.name}
                  position={i + 1}
                  indicators={indicators.data ?? []}
                  onRemove={() => remove(field.name)}
                />
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ level: 'HIGH', condition: { ...NEW_CONDITION } })} disabled={fields.length >= 10}>
                {t('identification.factors.addRule')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}

interface ConditionCardProps {
  field: number;
  position: number;
  indicators: RuleIndicator[];
  onRemove: () => void;
}

/** One derivation rule: the level it sets and its condition over an indicator (unit, range and cuts shown). */
function ConditionCard({ field, position, indicators, onRemove }: ConditionCardProps) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      title={t('identification.editor.rule', { n: position })}
      extra={<Button type="text" danger icon={<DeleteOutlined />} onClick={onRemove} aria-label={t('identification.editor.removeRule', { n: position })} />}
      style={{ marginBottom: 12 }}
    >
      <ConditionFields
        setup={CONDITION}
        list={['rules']}
        field={field}
        indicators={indicators}
        lead={
          <Form.Item name={[field, 'level']} label={t('identification.factors.level')} rules={[{ required: true }]}>
            <Select options={LEVELS.map((l) => ({ value: l, label: t(`identification.risk.level.${l}`) }))} />
          </Form.Item>
        }
      />
    </Card>
  );
}

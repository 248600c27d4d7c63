import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Col, Form, Input, InputNumber, Row, Select, Spin, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { QueryErrorResult } from '../../shared/errors/ErrorResult';
import { ServerErrorAlert } from '../../shared/forms/ServerErrorAlert';
import { useServerErrors } from '../../shared/forms/useServerErrors';
import { PageHeader } from '../../shared/layout/PageHeader';
import { useCurrentUser } from '../../shared/me/CurrentUser';
import { useCreateCriteriaSet, useCriteriaSet, useNewVersion, useRuleIndicators, useUpdateCriteriaSet } from './api';
import { ApproveModal } from './ApproveModal';
import { DryRunPanel } from './DryRunPanel';
import { conditionInput } from '../../shared/forms/ruleCondition';
import { newRule, RuleEditor, type RuleValues } from './RuleEditor';
import type { Combination, CriteriaSet, CriteriaSetInput, IdentifiedCategory, RuleIndicator } from './types';

interface GroupValues {
  combination: Combination;
  atLeast?: number | null;
  rules: RuleValues[];
}

interface EditorValues {
  name: string;
  year: number;
  category: IdentifiedCategory;
  note?: string | null;
  entry: GroupValues;
  hasExit: boolean;
  exit: GroupValues;
}

const CATEGORIES: IdentifiedCategory[] = ['SHNOR', 'SHNSU', 'NON_OBJECTIVE_RESULTS'];
const COMBINATIONS: Combination[] = ['ALL', 'ANY', 'AT_LEAST'];

function toInput(values: EditorValues, version?: number): CriteriaSetInput {
  const group = (g: GroupValues) => ({
    combination: g.combination,
    atLeast: g.combination === 'AT_LEAST' ? (g.atLeast ?? null) : null,
    rules: g.rules.map((r) => ({ id: r.id ?? null, label: r.label || null, condition: conditionInput(r.condition) })),
  });
  return {
    name: values.name,
    year: values.year,
    category: values.category,
    note: values.note || null,
    entry: group(values.entry),
    exit: values.hasExit && values.exit.rules.length > 0 ? group(values.exit) : null,
    version: version ?? null,
  };
}

function valuesOf(set: CriteriaSet): EditorValues {
  const rules = (group: CriteriaSet['entry']) =>
    group.rules.map((r) => ({
      id: r.id,
      label: r.label,
      condition: {
        indicatorId: r.condition.indicatorId,
        cuts: r.condition.cuts.map((c) => c.key),
        cutMatch: r.condition.cutMatch,
        minCuts: r.condition.minCuts,
        comparison: r.condition.comparison,
        threshold: r.condition.threshold,
        yearsRequired: r.condition.yearsRequired,
        yearsWindow: r.condition.yearsWindow,
        minParticipants: r.condition.minParticipants,
        missingData: r.condition.missingData,
      },
    }));
  return {
    name: set.name,
    year: set.year,
    category: set.category as IdentifiedCategory,
    note: set.note,
    entry: { combination: set.entry.combination, atLeast: set.entry.atLeast, rules: rules(set.entry) },
    hasExit: set.exit != null,
    exit: set.exit
      ? { combination: set.exit.combination, atLeast: set.exit.atLeast, rules: rules(set.exit) }
      : { combination: 'ANY', rules: [] },
  };
}

export default function CriteriaSetPage() {
  const params = useParams();
  const creating = params.setId === 'new';
  const setId = Number(params.setId);
  const indicators = useRuleIndicators();
  const set = useCriteriaSet(setId, !creating);
  if (indicators.isError) return <QueryErrorResult error={indicators.error} onRetry={() => void indicators.refetch()} />;
  if (set.isError) return <QueryErrorResult error={set.error} onRetry={() => void set.refetch()} />;
  if (!indicators.data || (!creating && !set.data)) return <Spin style={{ display: 'block', margin: '64px auto' }} />;
  return <SetEditor key={set.data?.version ?? 'new'} set={creating ? undefined : set.data} indicators={indicators.data} />;
}

function SetEditor({ set, indicators }: { set?: CriteriaSet; indicators: RuleIndicator[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const [form] = Form.useForm<EditorValues>();
  const create = useCreateCriteriaSet();
  const update = useUpdateCriteriaSet(set?.id ?? 0);
  const newVersion = useNewVersion(set?.id ?? 0);
  const [tab, setTab] = useState('criteria');
  const [approving, setApproving] = useState(false);
  const allowed = set?.allowed ?? (me.role === 'MINISTRY' ? ['EDIT'] : []);
  const editable = allowed.includes('EDIT');
  const hasExit = Form.useWatch('hasExit', form) as boolean | undefined;
  const entryCombination = Form.useWatch(['entry', 'combination'], form) as Combination | undefined;
  const exitCombination = Form.useWatch(['exit', 'combination'], form) as Combination | undefined;
  const entryRules = (Form.useWatch(['entry', 'rules'], form) as RuleValues[] | undefined) ?? [];
  const exitRules = (Form.useWatch(['exit', 'rules'], form) as RuleValues[] | undefined) ?? [];

  const ruleFields = (group: 'entry' | 'exit', count: number) =>
    Array.from({ length: count }, (_, i) =>
      ['id', 'label', ...['indicatorId', 'cuts', 'cutMatch', 'minCuts', 'comparison', 'threshold', 'yearsRequired', 'yearsWindow',
        'minParticipants', 'missingData'].map((f) => `condition.${f}`)].map((f) => [group, 'rules', i, ...f.split('.')]),
    ).flat();
  const { serverError, showError, clearServerError } = useServerErrors(form, [
    ['name'], ['year'], ['category'], ['note'], ['entry', 'rules'], ['entry', 'atLeast'], ['exit', 'rules'], ['exit', 'atLeast'],
    ...ruleFields('entry', entryRules.length), ...ruleFields('exit', exitRules.length),
  ]);

  const initial: EditorValues = set
    ? valuesOf(set)
    : {
        name: '',
        year: new Date().getFullYear() + 1,
        category: 'SHNOR',
        note: null,
        entry: { combination: 'ANY', rules: [newRule(indicators)] },
        hasExit: false,
        exit: { combination: 'ANY', rules: [] },
      };

  const onSave = async (values: EditorValues) => {
    clearServerError();
    try {
      if (set) {
        await update.mutateAsync(toInput(values, set.version));
        void message.success(t('identification.editor.saved'));
      } else {
        const created = await create.mutateAsync(toInput(values));
        void message.success(t('identification.editor.created'));
        void navigate(`/identification/criteria-sets/${created.id}`, { replace: true });
      }
    } catch (error) {
      showError(error);
    }
  };

  const onNewVersion = async () => {
    try {
      const created = await newVersion.mutateAsync(undefined);
      void message.success(t('identification.editor.versionCreated', { version: created.setVersion }));
      void navigate(`/identification/criteria-sets/${created.id}`);
    } catch (error) {
      showError(error);
    }
  };

  const group = (name: 'entry' | 'exit', combination: Combination | undefined) => (
    <>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item name={[name, 'combination']} label={t('identification.editor.combine')}>
            <Select
              disabled={!editable}
              options={COMBINATIONS.map((c) => ({ value: c, label: t(`identification.combinationOption.${c}`) }))}
            />
          </Form.Item>
        </Col>
        {combination === 'AT_LEAST' && (
          <Col xs={24} md={6}>
            <Form.Item name={[name, 'atLeast']} label={t('identification.editor.atLeast')}>
              <InputNumber disabled={!editable} min={1} max={20} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        )}
      </Row>
      <Form.List name={[name, 'rules']}>
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <RuleEditor
                key={field.key}
                form={form}
                group={name}
                field={field.name}
                position={index + 1}
                indicators={indicators}
                editable={editable}
                onRemove={() => remove(field.name)}
              />
            ))}
            <Form.Item name={[name, 'rules']} noStyle>
              <span />
            </Form.Item>
            {editable && (
              <Button icon={<PlusOutlined />} onClick={() => add(newRule(indicators))}>
                {t('identification.editor.addRule')}
              </Button>
            )}
          </>
        )}
      </Form.List>
    </>
  );

  const editor = (
    <Form<EditorValues> form={form} layout="vertical" initialValues={initial} onFinish={(values) => void onSave(values)}>
      <ServerErrorAlert error={serverError} />
      {set?.frozen && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('identification.editor.frozen')}
          action={set.approvedListId != null && <Link to={`/identification/lists/${set.approvedListId}`}>{t('identification.editor.openList')}</Link>}
        />
      )}
      <Card style={{ marginBottom: 16 }}>
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item name="name" label={t('identification.editor.name')} rules={[{ required: true, message: t('identification.editor.nameRequired') }]}>
              <Input disabled={!editable} maxLength={300} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="year" label={t('identification.editor.year')}>
              <InputNumber disabled={!editable} min={2000} max={2100} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="category" label={t('identification.editor.category')}>
              <Select disabled={!editable} options={CATEGORIES.map((c) => ({ value: c, label: t(`enums.category.${c}`) }))} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="note" label={t('identification.editor.note')}>
          <Input.TextArea disabled={!editable} autoSize={{ minRows: 1, maxRows: 4 }} maxLength={4000} />
        </Form.Item>
      </Card>
      <Card title={t('identification.editor.entry')} style={{ marginBottom: 16 }}>
        {group('entry', entryCombination)}
      </Card>
      <Card title={t('identification.editor.exit')} style={{ marginBottom: 16 }}>
        <Form.Item name="hasExit" valuePropName="checked">
          <Checkbox
            disabled={!editable}
            onChange={(e) => {
              if (e.target.checked && exitRules.length === 0) form.setFieldValue(['exit', 'rules'], [newRule(indicators)]);
            }}
          >
            {t('identification.editor.hasExit')}
          </Checkbox>
        </Form.Item>
        {hasExit ? group('exit', exitCombination) : <Alert type="info" title={t('identification.editor.noExit')} />}
      </Card>
      {editable && (
        <Button type="primary" htmlType="submit" loading={create.isPending || update.isPending}>
          {set ? t('common.save') : t('identification.editor.create')}
        </Button>
      )}
    </Form>
  );

  return (
    <>
      <PageHeader
        title={set ? set.name : t('identification.editor.newTitle')}
        subtitle={
          set && (
            <>
              {t(`enums.category.${set.category}`)} · {t('identification.editor.listYear', { year: set.year })} ·{' '}
              {t('identification.editor.version', { version: set.setVersion })}{' '}
              {set.frozen && <Tag color="blue">{t('identification.editor.frozenTag')}</Tag>}
            </>
          )
        }
        actions={
          set && (
            <>
              {allowed.includes('NEW_VERSION') && (
                <Button loading={newVersion.isPending} onClick={() => void onNewVersion()}>
                  {t('identification.editor.newVersion')}
                </Button>
              )}
              {allowed.includes('APPROVE') && (
                <Button type="primary" onClick={() => setApproving(true)}>
                  {t('identification.approve.button')}
                </Button>
              )}
            </>
          )
        }
      />
      {set && allowed.includes('RUN') ? (
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            { key: 'criteria', label: t('identification.editor.criteriaTab'), children: editor },
            { key: 'dryRun', label: t('identification.dryRun.tab'), children: <DryRunPanel setId={set.id} active={tab === 'dryRun'} /> },
          ]}
        />
      ) : (
        editor
      )}
      {set && approving && <ApproveModal set={set} onClose={() => setApproving(false)} />}
    </>
  );
}

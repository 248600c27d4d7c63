import { EditOutlined, HistoryOutlined } from '@ant-design/icons';
import { Alert, App, Button, Drawer, Form, Input, List, Modal, Select, Space, Spin, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../shared/api/errors';
import { QueryErrorResult } from '../../shared/errors/ErrorResult';
import { ServerErrorAlert } from '../../shared/forms/ServerErrorAlert';
import { useServerErrors } from '../../shared/forms/useServerErrors';
import { formatDateTime } from '../../shared/format/format';
import { PageHeader } from '../../shared/layout/PageHeader';
import { DataTable } from '../../shared/ui/DataTable';
import {
  useOverrideRiskLevels,
  useReviewRiskProfile,
  useRiskHistory,
  useRiskProfile,
  useSaveRiskProfile,
  useSubmitRiskProfile,
} from './api';
import { LevelTag, MovementMark, ProfileStatusTag, SourceText } from './tags';
import type { FactorLevel, RiskLevel, RiskProfile } from './types';

const LEVELS: RiskLevel[] = ['HIGH', 'MEDIUM', 'LOW', 'NONE'];

export default function RiskProfilePage() {
  const params = useParams();
  const schoolId = Number(params.schoolId);
  const year = Number(params.year);
  const profile = useRiskProfile(schoolId, year);
  if (profile.isError) return <QueryErrorResult error={profile.error} onRetry={() => void profile.refetch()} />;
  if (!profile.data) return <Spin style={{ display: 'block', margin: '64px auto' }} />;
  return <ProfileView key={`${schoolId}-${year}-${profile.data.version}`} profile={profile.data} />;
}

type Draft = Record<number, { level: RiskLevel | null; comment: string | null }>;

function ProfileView({ profile }: { profile: RiskProfile }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { schoolId, year } = profile;
  const save = useSaveRiskProfile(schoolId, year);
  const submit = useSubmitRiskProfile(schoolId, year);
  const review = useReviewRiskProfile(schoolId, year);
  const [draft, setDraft] = useState<Draft>({});
  const [dialog, setDialog] = useState<'history' | 'return' | null>(null);
  const [overriding, setOverriding] = useState<FactorLevel | null>(null);
  const [form] = Form.useForm();
  const { serverError, showError, clearServerError } = useServerErrors(form, []);
  const allowed = profile.allowed;
  const editable = allowed.includes('EDIT');
  const changed = Object.entries(draft).map(([factorId, value]) => ({ factorId: Number(factorId), ...value }));

  const current = (f: FactorLevel) => draft[f.factorId] ?? { level: f.selfLevel, comment: f.selfComment };
  const setLevel = (f: FactorLevel, patch: Partial<{ level: RiskLevel | null; comment: string | null }>) =>
    setDraft((d) => ({ ...d, [f.factorId]: { ...current(f), ...patch } }));

  const saveDraft = async (): Promise<RiskProfile | null> => {
    clearServerError();
    try {
      const saved = (await save.mutateAsync({ levels: changed, version: profile.version })) as RiskProfile;
      return saved;
    } catch (error) {
      showError(error);
      return null;
    }
  };

  const onSave = async () => {
    if (changed.length === 0) {
      void message.info(t('identification.risk.nothingToSave'));
      return;
    }
    if (await saveDraft()) void message.success(t('identification.risk.saved'));
  };

  const onSubmit = async () => {
    let version = profile.version;
    if (changed.length > 0) {
      const saved = await saveDraft();
      if (!saved) return;
      version = saved.version;
    }
    try {
      await submit.mutateAsync(version);
      void message.success(t('identification.risk.submitted'));
    } catch (error) {
      showError(error);
    }
  };

  const onAccept = () =>
    review.mutate(
      { decision: 'ACCEPT', version: profile.version },
      { onSuccess: () => void message.success(t('identification.risk.accepted')), onError: showError },
    );

  const years = [year - 2, year - 1, year, year + 1].map((y) => ({ value: y, label: String(y) }));

  return (
    <>
      <PageHeader
        title={t('identification.risk.profileTitle', { year })}
        subtitle={
          <>
            <Link to={`/schools/${schoolId}`}>{profile.schoolName}</Link> · {profile.municipalityName} ·{' '}
            <ProfileStatusTag status={profile.status} />
          </>
        }
        actions={
          <>
            <Select
              aria-label={t('identification.risk.year')}
              value={year}
              options={years}
              onChange={(y) => void navigate(`/schools/${schoolId}/risk-profile/${y}`)}
              style={{ width: 100 }}
            />
            <Button icon={<HistoryOutlined />} onClick={() => setDialog('history')}>
              {t('identification.risk.history')}
            </Button>
            {editable && (
              <Button loading={save.isPending && !submit.isPending} onClick={() => void onSave()}>
                {t('identification.risk.save')}
              </Button>
            )}
            {(allowed.includes('SUBMIT') || (editable && changed.length > 0)) && (
              <Button type="primary" loading={submit.isPending} onClick={() => void onSubmit()}>
                {t('identification.risk.submit')}
              </Button>
            )}
            {allowed.includes('REVIEW') && (
              <>
                <Button type="primary" loading={review.isPending} onClick={onAccept}>
                  {t('identification.risk.accept')}
                </Button>
                <Button danger onClick={() => setDialog('return')}>
                  {t('identification.risk.return')}
                </Button>
              </>
            )}
          </>
        }
      />
      {profile.status === 'RETURNED' && profile.returnReason && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('identification.risk.returned')} description={profile.returnReason} />
      )}
      {profile.status === 'SUBMITTED' && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('identification.risk.waiting', { at: formatDateTime(profile.submittedAt), by: profile.submittedBy ?? '' })}
        />
      )}
      <ServerErrorAlert error={serverError} />
      <DataTable<FactorLevel>
        label={t('identification.risk.profileTitle', { year })}
        rowKey="factorId"
        dataSource={profile.factors}
        pagination={false}
        minWidth={1100}
        columns={[
          { title: t('identification.risk.columns.factor'), dataIndex: 'name', width: 260, render: (name: string) => <Typography.Text strong>{name}</Typography.Text> },
          {
            title: t('identification.risk.columns.self'),
            key: 'self',
            width: 260,
            render: (_, f) =>
              editable ? (
                <Space orientation="vertical" style={{ width: '100%' }}>
                  <Select
                    aria-label={t('identification.risk.selfLevelOf', { factor: f.name })}
                    value={current(f).level ?? undefined}
                    allowClear
                    placeholder={t('identification.risk.choose')}
                    style={{ width: '100%' }}
                    onChange={(level: RiskLevel | undefined) => setLevel(f, { level: level ?? null })}
                    options={LEVELS.map((l) => ({ value: l, label: t(`identification.risk.level.${l}`) }))}
                  />
                  <Input
                    aria-label={t('identification.risk.commentOf', { factor: f.name })}
                    placeholder={t('identification.risk.comment')}
                    value={current(f).comment ?? ''}
                    maxLength={2000}
                    onChange={(e) => setLevel(f, { comment: e.target.value || null })}
                  />
                </Space>
              ) : (
                <>
                  <LevelTag level={f.selfLevel} />
                  {f.selfComment && <div><Typography.Text type="secondary">{f.selfComment}</Typography.Text></div>}
                </>
              ),
          },
          {
            title: t('identification.risk.columns.derived'),
            key: 'derived',
            width: 150,
            render: (_, f) =>
              f.derivedLevel ? (
                <Tooltip title={f.derivedBasis}>
                  <span>
                    <LevelTag level={f.derivedLevel} />
                  </span>
                </Tooltip>
              ) : (
                <Typography.Text type="secondary">{t('identification.risk.noDerived')}</Typography.Text>
              ),
          },
          {
            title: t('identification.risk.columns.override'),
            key: 'override',
            width: 220,
            render: (_, f) => (
              <Space orientation="vertical" size={2}>
                {f.overrideLevel ? (
                  <>
                    <LevelTag level={f.overrideLevel} />
                    <Typography.Text type="secondary">{f.overrideComment}</Typography.Text>
                    <SourceText source={f.overrideSource} />
                    <small>
                      {f.overrideBy}, {formatDateTime(f.overrideAt)}
                    </small>
                  </>
                ) : (
                  <span>—</span>
                )}
                {allowed.includes('OVERRIDE') && (
                  <Button size="small" icon={<EditOutlined />} onClick={() => setOverriding(f)}>
                    {t('identification.risk.override')}
                  </Button>
                )}
              </Space>
            ),
          },
          {
            title: t('identification.risk.columns.level'),
            key: 'level',
            width: 150,
            render: (_, f) => (
              <Space orientation="vertical" size={0}>
                <LevelTag level={f.level} />
                <SourceText source={f.source} />
              </Space>
            ),
          },
          {
            title: t('identification.risk.columns.previous', { year: year - 1 }),
            key: 'previous',
            width: 170,
            render: (_, f) => (
              <Space wrap size={4}>
                <LevelTag level={f.previousLevel} />
                <MovementMark movement={f.movement} />
              </Space>
            ),
          },
          {
            title: t('identification.risk.columns.measures'),
            key: 'measures',
            render: (_, f) =>
              f.measures.length === 0 ? (
                <Typography.Text type="secondary">{t('identification.risk.noMeasures')}</Typography.Text>
              ) : (
                <List
                  size="small"
                  dataSource={f.measures}
                  renderItem={(m) => (
                    <List.Item key={m.itemId} style={{ paddingInline: 0 }}>
                      <span>
                        <Link to={`/roadmaps/${m.roadmapId}`}>
                          {m.number} {m.title}
                        </Link>{' '}
                        <Typography.Text type="secondary">
                          — {m.lastStatus ? t(`identification.risk.itemStatus.${m.lastStatus}`) : t('identification.risk.noReport')}
                        </Typography.Text>
                      </span>
                    </List.Item>
                  )}
                />
              ),
          },
        ]}
      />
      {dialog === 'history' && <HistoryDrawer schoolId={schoolId} year={year} onClose={() => setDialog(null)} />}
      {dialog === 'return' && <ReturnModal profile={profile} onClose={() => setDialog(null)} />}
      {overriding && <OverrideModal profile={profile} factor={overriding} onClose={() => setOverriding(null)} />}
    </>
  );
}

function HistoryDrawer({ schoolId, year, onClose }: { schoolId: number; year: number; onClose: () => void }) {
  const { t } = useTranslation();
  const history = useRiskHistory(schoolId, year, true);
  const value = (v: string | null | undefined, kind: string) =>
    v == null ? '—' : kind === 'STATUS' ? t(`identification.risk.status.${v}`) : t(`identification.risk.level.${v}`);
  return (
    <Drawer open onClose={onClose} title={t('identification.risk.history')} width={520}>
      {history.isError && <QueryErrorResult error={history.error} />}
      <List
        loading={history.isLoading}
        dataSource={history.data ?? []}
        locale={{ emptyText: t('identification.risk.noHistory') }}
        renderItem={(h) => (
          <List.Item key={`${h.revisionId}-${h.kind}-${h.factorName ?? ''}`}>
            <List.Item.Meta
              title={`${formatDateTime(h.changedAt)} · ${h.changedBy}`}
              description={
                <>
                  <div>
                    {t(`identification.risk.change.${h.kind}`)}
                    {h.factorName ? ` «${h.factorName}»` : ''}: {value(h.from, h.kind)} → {value(h.to, h.kind)}
                  </div>
                  {h.comment && <div>{h.comment}</div>}
                </>
              }
            />
          </List.Item>
        )}
      />
    </Drawer>
  );
}

function ReturnModal({ profile, onClose }: { profile: RiskProfile; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const review = useReviewRiskProfile(profile.schoolId, profile.year);
  const [form] = Form.useForm<{ reason: string }>();
  const { serverError, showError } = useServerErrors(form, [['reason']]);
  return (
    <Modal
      open
      title={t('identification.risk.returnTitle')}
      okText={t('identification.risk.return')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      confirmLoading={review.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
    >
      <ServerErrorAlert error={serverError} />
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) =>
          review.mutate(
            { decision: 'RETURN', reason: values.reason, version: profile.version },
            {
              onSuccess: () => {
                void message.success(t('identification.risk.returnedDone'));
                onClose();
              },
              onError: showError,
            },
          )
        }
      >
        <Form.Item name="reason" label={t('identification.risk.reason')} rules={[{ required: true, message: t('identification.risk.reasonRequired') }]}>
          <Input.TextArea autoSize={{ minRows: 3 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function OverrideModal({ profile, factor, onClose }: { profile: RiskProfile; factor: FactorLevel; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const override = useOverrideRiskLevels(profile.schoolId, profile.year);
  const [form] = Form.useForm<{ level?: RiskLevel; comment?: string }>();
  const { serverError, showError } = useServerErrors(form, [['overrides', 0, 'comment'], ['overrides', 0, 'level']]);
  return (
    <Modal
      open
      title={t('identification.risk.overrideTitle', { factor: factor.name })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={override.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
    >
      <ServerErrorAlert error={serverError} />
      <Typography.Paragraph type="secondary">
        {t('identification.risk.overrideHint')}
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ level: factor.overrideLevel ?? undefined, comment: factor.overrideComment ?? '' }}
        onFinish={(values) =>
          override.mutate(
            { version: profile.version, overrides: [{ factorId: factor.factorId, level: values.level ?? null, comment: values.comment || null }] },
            {
              onSuccess: () => {
                void message.success(t('identification.risk.overridden'));
                onClose();
              },
              onError: (error) => {
                if (error instanceof ApiError) form.setFields([]);
                showError(error);
              },
            },
          )
        }
      >
        <Form.Item name="level" label={t('identification.risk.columns.override')}>
          <Select allowClear placeholder={t('identification.risk.clearOverride')} options={LEVELS.map((l) => ({ value: l, label: t(`identification.risk.level.${l}`) }))} />
        </Form.Item>
        <Form.Item name="comment" label={t('identification.risk.overrideComment')}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

import { HistoryOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Form, Space, Spin, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError, errorKind } from '../../shared/api/errors';
import type { CampaignForm, FormField } from '../../shared/api/types';
import { QueryErrorResult } from '../../shared/errors/ErrorResult';
import { ServerErrorAlert } from '../../shared/forms/ServerErrorAlert';
import type { ServerFormError } from '../../shared/forms/useServerErrors';
import { formatDate, formatDateTime } from '../../shared/format/format';
import { PageHeader } from '../../shared/layout/PageHeader';
import { useCurrentUser } from '../../shared/me/CurrentUser';
import { useCampaignForm, useReviewForm, useSaveFormValues, useSubmitForm } from './api';
import { FormStatusTag } from './CampaignTags';
import { FormFieldRow } from './FormFieldRow';
import { FormHistoryDrawer } from './FormHistoryDrawer';
import { allFields, type Change, changesOf, fieldKey, mapFormErrors, sameValues, type Values, valuesOf } from './formValues';
import { ReopenFormModal, ReturnFormModal } from './ReviewModals';
import { toServerError } from './problems';

interface FormState {
  v: Values;
}

export default function FormPage() {
  const params = useParams();
  const campaignId = Number(params.campaignId);
  const schoolId = Number(params.schoolId);
  const query = useCampaignForm(campaignId, schoolId);
  if (query.isError) return <QueryErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <Spin style={{ display: 'block', margin: '64px auto' }} />;
  return (
    <SchoolForm
      key={`${campaignId}-${schoolId}`}
      data={query.data}
      reloading={query.isFetching}
      onReload={() => void query.refetch()}
    />
  );
}

function SchoolForm({ data, reloading, onReload }: { data: CampaignForm; reloading: boolean; onReload: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const [form] = Form.useForm<FormState>();
  const save = useSaveFormValues(data.campaignId, data.schoolId);
  const submit = useSubmitForm(data.campaignId, data.schoolId);
  const review = useReviewForm(data.campaignId, data.schoolId);
  const [serverError, setServerError] = useState<ServerFormError | null>(null);
  const [dirty, setDirty] = useState(0);
  const [marked, setMarked] = useState<string[]>([]);
  const [dialog, setDialog] = useState<'return' | 'reopen' | 'history'>();
  // The values the form was loaded with: what differs from them is what the user changed.
  const baseline = useRef<Values | null>(null);

  const allowed = data.allowed ?? [];
  const editable = allowed.includes('EDIT');
  const reviewing = allowed.includes('REVIEW');
  const fields = allFields(data);
  const countDirty = () => setDirty(changesOf(data, form.getFieldValue('v') as Values | undefined, baseline.current ?? valuesOf(data)).length);

  // A reloaded form (after a save, a review or «Обновить данные») brings new values and versions: fields the
  // user has not touched take the new value, the user's edits stay and are compared with the new one.
  useEffect(() => {
    const next = valuesOf(data);
    const previous = baseline.current;
    baseline.current = next;
    if (!previous) return;
    const current = (form.getFieldValue('v') as Values | undefined) ?? {};
    const merged: Values = {};
    for (const field of fields) {
      if (field.computed) continue;
      const key = fieldKey(field);
      const touched = current[key] && !sameValues(field, current[key], previous[key]);
      merged[key] = touched ? current[key] : next[key];
    }
    form.setFieldsValue({ v: merged });
    setDirty(changesOf(data, merged, next).length);
    setMarked((keys) => keys.filter((key) => fields.some((f) => fieldKey(f) === key && f.status != null)));
    // `fields` derives from `data`.
  }, [data, form]);

  const clearFieldErrors = () =>
    form.setFields(
      fields.flatMap((field) =>
        field.computed ? [] : (['number', 'flag', 'text', 'comment'] as const).map((prop) => ({ name: ['v', fieldKey(field), prop], errors: [] })),
      ),
    );

  const showErrors = (error: unknown, sent: Change[] = []) => {
    const problem = error instanceof ApiError ? error.problem : undefined;
    const kind = errorKind(error);
    if (kind === 'validation' || kind === 'stale' || kind === 'conflict') {
      const mapped = mapFormErrors(problem, data, sent);
      form.setFields(mapped.fields);
      if (kind === 'validation') {
        const messages = mapped.unmatched.length > 0 || mapped.fields.length > 0 ? mapped.unmatched : [problem?.detail ?? ''];
        setServerError({ kind, messages: messages.filter(Boolean) });
        return;
      }
    }
    setServerError(toServerError(error));
  };

  const currentChanges = () => changesOf(data, form.getFieldValue('v') as Values | undefined, baseline.current ?? valuesOf(data));

  /** Saves the changed fields; answers with the saved form, or null when it failed (errors are shown). */
  const saveChanges = async (changes: Change[]): Promise<CampaignForm | null> => {
    try {
      return await save.mutateAsync(changes.map((change) => change.input));
    } catch (error) {
      showErrors(error, changes);
      return null;
    }
  };

  const onSave = async () => {
    setServerError(null);
    clearFieldErrors();
    const changes = currentChanges();
    if (changes.length === 0) {
      void message.info(t('campaignForm.nothingToSave'));
      return;
    }
    if (await saveChanges(changes)) void message.success(t('campaignForm.saved', { count: changes.length }));
  };

  const onSubmit = async () => {
    setServerError(null);
    clearFieldErrors();
    const changes = currentChanges();
    let version = data.version;
    if (changes.length > 0) {
      const saved = await saveChanges(changes);
      if (!saved) return;
      version = saved.version;
    }
    try {
      await submit.mutateAsync(version);
      void message.success(t('campaignForm.submitted'));
    } catch (error) {
      showErrors(error);
    }
  };

  const onAccept = () => {
    setServerError(null);
    review.mutate(
      { decision: 'ACCEPT', version: data.version },
      { onSuccess: () => void message.success(t('campaignForm.accepted')), onError: (error) => setServerError(toServerError(error)) },
    );
  };

  const markedFields = marked.map((key) => fields.find((f) => fieldKey(f) === key)).filter((f): f is FormField => f != null);
  const backLink = me.role === 'SCHOOL' ? '/campaigns' : `/campaigns/${data.campaignId}`;

  return (
    <>
      <PageHeader
        title={data.schoolName}
        subtitle={
          <>
            <Link to={backLink}>{data.campaignName}</Link> · {data.periodLabel} · {data.municipalityName}
          </>
        }
        actions={
          <>
            <Button icon={<HistoryOutlined />} onClick={() => setDialog('history')}>
              {t('campaignForm.history')}
            </Button>
            {editable && (
              <Button loading={save.isPending && !submit.isPending} onClick={() => void onSave()}>
                {t('campaignForm.saveDraft')}
              </Button>
            )}
            {allowed.includes('SUBMIT') && (
              <Button type="primary" loading={submit.isPending} onClick={() => void onSubmit()}>
                {t('campaignForm.submit')}
              </Button>
            )}
            {reviewing && (
              <>
                <Button type="primary" loading={review.isPending} onClick={onAccept}>
                  {t('campaignForm.accept')}
                </Button>
                <Button danger onClick={() => setDialog('return')}>
                  {t('campaignForm.return')}
                </Button>
              </>
            )}
            {allowed.includes('REOPEN') && <Button onClick={() => setDialog('reopen')}>{t('campaignForm.reopen')}</Button>}
          </>
        }
      />
      <StatusBanner form={data} />
      {me.role === 'SCHOOL' && !editable && data.campaignStatus !== 'OPEN' && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('campaignForm.notOpen')} />
      )}
      <ServerErrorAlert
        error={serverError}
        onReloadStale={() => {
          setServerError(null);
          onReload();
        }}
        reloading={reloading}
        extra={
          serverError?.kind === 'stale' && serverError.messages.length > 0 ? (
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {serverError.messages.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          ) : undefined
        }
      />
      {editable && dirty > 0 && (
        <Typography.Text type="warning" data-testid="unsaved" style={{ display: 'block', marginBottom: 8 }}>
          {t('campaignForm.unsaved', { count: dirty })}
        </Typography.Text>
      )}
      <Form<FormState> form={form} initialValues={{ v: valuesOf(data) }} onValuesChange={countDirty} component="div">
        <Flex vertical gap={16}>
          {data.groups.map((group) => (
            <Card key={group.code} size="small" title={group.name} data-testid={`group-${group.code}`}>
              {group.fields.map((field) => {
                const key = fieldKey(field);
                return (
                  <FormFieldRow
                    key={key}
                    field={field}
                    editable={editable}
                    reviewing={reviewing}
                    marked={marked.includes(key)}
                    onMark={(on) => setMarked((keys) => (on ? [...keys, key] : keys.filter((k) => k !== key)))}
                  />
                );
              })}
            </Card>
          ))}
        </Flex>
      </Form>
      {editable && (
        <Flex gap={8} style={{ marginTop: 16 }}>
          <Button loading={save.isPending && !submit.isPending} onClick={() => void onSave()}>
            {t('campaignForm.saveDraft')}
          </Button>
          {allowed.includes('SUBMIT') && (
            <Button type="primary" loading={submit.isPending} onClick={() => void onSubmit()}>
              {t('campaignForm.submit')}
            </Button>
          )}
        </Flex>
      )}
      <ReturnFormModal
        form={data}
        marked={markedFields}
        open={dialog === 'return'}
        onClose={() => setDialog(undefined)}
        onReturned={() => {
          setDialog(undefined);
          setMarked([]);
        }}
      />
      <ReopenFormModal form={data} open={dialog === 'reopen'} onClose={() => setDialog(undefined)} />
      <FormHistoryDrawer
        campaignId={data.campaignId}
        schoolId={data.schoolId}
        open={dialog === 'history'}
        onClose={() => setDialog(undefined)}
      />
    </>
  );
}

function StatusBanner({ form: f }: { form: CampaignForm }) {
  const { t } = useTranslation();
  const type = f.status === 'RETURNED' ? 'warning' : f.status === 'ACCEPTED' ? 'success' : 'info';
  return (
    <Alert
      style={{ marginBottom: 16 }}
      type={type}
      showIcon
      title={
        <Space wrap>
          <span>
            {t('campaignForm.status')}: <FormStatusTag status={f.status} />
          </span>
          <span>{t('campaignForm.deadline', { date: formatDate(f.deadline) })}</span>
          {f.late && <Tag color="error">{t('campaignForm.late')}</Tag>}
          {f.submittedAt && <span>{t('campaignForm.submittedInfo', { date: formatDateTime(f.submittedAt), who: f.submittedByName })}</span>}
          {f.reviewedAt && <span>{t('campaignForm.reviewedInfo', { date: formatDateTime(f.reviewedAt), who: f.reviewedByName })}</span>}
        </Space>
      }
      description={
        f.status === 'RETURNED' ? (
          <>
            <div>{t('campaignForm.returned')}</div>
            {f.returnReason && (
              <Typography.Text type="danger" data-testid="form-return-reason">
                {t('campaignForm.returnedReason', { reason: f.returnReason })}
              </Typography.Text>
            )}
          </>
        ) : undefined
      }
    />
  );
}

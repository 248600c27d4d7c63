import { DeleteOutlined, PaperClipOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Form, Input, InputNumber, Modal, Select, Space, Spin, Tag, Typography, Upload } from 'antd';
import type { FormInstance } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApiClient } from '../../shared/api/ApiClientProvider';
import { errorKind } from '../../shared/api/errors';
import type { ItemReport, ItemReportInput, RoadmapReport } from '../../shared/api/types';
import { QueryErrorResult } from '../../shared/errors/ErrorResult';
import { ServerErrorAlert } from '../../shared/forms/ServerErrorAlert';
import { useServerErrors } from '../../shared/forms/useServerErrors';
import { formatDate, formatDateTime, formatNumber } from '../../shared/format/format';
import { PageHeader } from '../../shared/layout/PageHeader';
import { saveBlob } from '../../shared/files/download';
import { roadmapKeys, useReviewReport, useRoadmapReport, useSaveItemReport, useSubmitReport } from './api';
import { ExportButtons } from './ExportButtons';
import { ReportStatusTag } from './RoadmapTags';
import { useQueryClient } from '@tanstack/react-query';
import { DataTable } from '../../shared/ui/DataTable';

const ITEM_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'DONE', 'NOT_DONE', 'CANCELLED'] as const;

export default function ReportPage() {
  const { t } = useTranslation();
  const params = useParams();
  const roadmapId = Number(params.roadmapId);
  const period = params.period ?? '';
  const report = useRoadmapReport(roadmapId, period);

  if (report.isError) return <QueryErrorResult error={report.error} onRetry={() => void report.refetch()} />;
  if (!report.data) return <Spin style={{ display: 'block', margin: '64px auto' }} />;
  const r = report.data;
  // One mode per actor, as the server names it: the owner fills the report while `allowed` has SAVE; the reviewer
  // and everyone else read it (the reviewer decides on it while `allowed` has REVIEW).
  const filling = r.actor === 'OWNER' && r.allowed.includes('SAVE');

  return (
    <>
      <PageHeader
        title={t('report.title', { period: r.periodLabel })}
        subtitle={
          <Space wrap size={4}>
            <Link to={`/roadmaps/${r.roadmapId}`}>{r.roadmapTitle}</Link> · {r.owner.name} ·{' '}
            <span data-testid="report-due">{t('report.due', { date: formatDate(r.dueOn) })}</span>
            {r.overdue && (
              <Tag color="error" data-testid="report-overdue">
                {t('report.overdue')}
              </Tag>
            )}
          </Space>
        }
        actions={
          <>
            <ExportButtons roadmapId={r.roadmapId} period={r.period} />
            {r.allowed.includes('REVIEW') && <ReviewActions report={r} />}
          </>
        }
      />
      <StatusBanner report={r} />
      {filling ? <OwnerReport report={r} /> : <ReadOnlyReport report={r} />}
    </>
  );
}

function StatusBanner({ report: r }: { report: RoadmapReport }) {
  const { t } = useTranslation();
  if (r.status == null) {
    return (
      <Alert
        style={{ marginBottom: 16 }}
        type="info"
        showIcon
        title={r.actor === 'OWNER' ? t('report.notStarted') : t('report.notSubmitted')}
      />
    );
  }
  return (
    <Alert
      style={{ marginBottom: 16 }}
      type={r.status === 'RETURNED' ? 'warning' : r.status === 'ACCEPTED' ? 'success' : 'info'}
      showIcon
      title={
        <Space wrap>
          <span>{`${t('report.status')}:`}</span> <ReportStatusTag status={r.status} />
          {r.submittedAt && t('report.submittedInfo', { date: formatDateTime(r.submittedAt), who: r.submittedByName })}
          {r.reviewedAt && t('report.reviewedInfo', { date: formatDateTime(r.reviewedAt), who: r.reviewedByName })}
        </Space>
      }
      description={r.status === 'RETURNED' && r.reviewComment ? t('report.returnedComment', { comment: r.reviewComment }) : undefined}
    />
  );
}

/** The owner's mode: every item's form, one save for the whole report, and the submission with what it still lacks. */
function OwnerReport({ report: r }: { report: RoadmapReport }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const forms = useRef(new Map<number, FormInstance<ItemReportInput>>());
  const save = useSaveItemReport(r.roadmapId, r.period);
  const submit = useSubmitReport(r.roadmapId, r.period);
  const [saving, setSaving] = useState(false);
  const [submitError, setSubmitError] = useState<string[]>([]);
  const register = (itemId: number, form: FormInstance<ItemReportInput>) => forms.current.set(itemId, form);

  const saveAll = async () => {
    const changed = r.items.filter((item) => forms.current.get(item.itemId)?.isFieldsTouched());
    if (changed.length === 0) {
      void message.info(t('report.nothingChanged'));
      return;
    }
    setSaving(true);
    try {
      // Every changed form is checked before anything is sent, so a mistake in one item saves none.
      const bodies = [];
      for (const item of changed) {
        const form = forms.current.get(item.itemId)!;
        bodies.push({ item, form, values: await form.validateFields() });
      }
      for (const { item, form, values } of bodies) {
        try {
          await save.mutateAsync({
            itemId: item.itemId,
            body: { ...values, evidence: values.evidence ?? [], version: item.version ?? undefined },
          });
          form.resetFields();
        } catch (error) {
          showItemError(form, error);
          if (errorKind(error) === 'stale') void message.error(t('report.stale'));
          else void message.error(t('report.saveFailed', { number: item.number }));
          return;
        }
      }
      void message.success(t('report.saved'));
    } catch {
      // A form's own rules refused: its fields show why.
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <Flex vertical gap={12}>
        {r.items.map((item) => (
          <ItemCard key={`${item.itemId}-${item.version ?? 'new'}`} report={r} item={item} register={register} />
        ))}
      </Flex>
      <Card size="small" style={{ marginTop: 16 }} data-testid="report-owner-actions">
        <Flex vertical gap={12}>
          <Space wrap>
            <Button loading={saving} onClick={() => void saveAll()}>
              {t('report.saveAll')}
            </Button>
            <Button
              type="primary"
              disabled={!r.allowed.includes('SUBMIT')}
              loading={submit.isPending}
              onClick={() => {
                setSubmitError([]);
                submit.mutate(r.version ?? 0, {
                  onSuccess: () => void message.success(t('report.submitted')),
                  onError: (error) => {
                    const problem = (error as { problem?: { detail?: string; errors?: { message: string }[] } }).problem;
                    setSubmitError(problem?.errors?.map((e) => e.message) ?? [problem?.detail ?? String(error)]);
                  },
                });
              }}
            >
              {t('report.submit')}
            </Button>
          </Space>
          {(r.missing.length > 0 || submitError.length > 0) && (
            <Alert
              type={submitError.length > 0 ? 'error' : 'warning'}
              showIcon
              data-testid="report-missing"
              title={t('report.missingTitle')}
              description={
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {(submitError.length > 0 ? submitError : r.missing.map((m) => m.message)).map((m) => (
                    <li key={m}>{m}</li>
                  ))}
                </ul>
              }
            />
          )}
        </Flex>
      </Card>
    </>
  );
}

function showItemError(form: FormInstance<ItemReportInput>, error: unknown) {
  const problem = (error as { problem?: { errors?: { field: string; message: string }[] } }).problem;
  const known = ['status', 'doneText', 'reason', 'actualValue', 'evidence'];
  form.setFields(
    (problem?.errors ?? [])
      .filter((e) => known.includes(e.field))
      .map((e) => ({ name: e.field as keyof ItemReportInput, errors: [e.message] })),
  );
}

/** The reviewer's and the reader's mode: the report as a table, nothing to fill. */
function ReadOnlyReport({ report: r }: { report: RoadmapReport }) {
  const { t } = useTranslation();
  return (
    <DataTable<ItemReport>
      label={t('report.title', { period: r.periodLabel })}
      rowKey="itemId"
      size="small"
      pagination={false}
      minWidth="max-content"
      data-testid="report-table"
      dataSource={r.items}
      columns={[
        {
          key: 'item',
          title: t('report.columns.item'),
          render: (_, item) => (
            <Flex vertical>
              <span>
                {item.number}. {item.title}
              </span>
              <Typography.Text type="secondary">
                {item.sectionTitle} · {item.timeframe}
              </Typography.Text>
            </Flex>
          ),
        },
        {
          key: 'status',
          title: t('report.fields.status'),
          render: (_, item) =>
            item.status ? t(`enums.itemStatus.${item.status}`) : <Typography.Text type="secondary">{t('report.noEntry')}</Typography.Text>,
        },
        {
          key: 'result',
          title: t('report.columns.result'),
          render: (_, item) => (
            <Flex vertical>
              {item.doneText && <span>{item.doneText}</span>}
              {item.reason && (
                <Typography.Text type="secondary">
                  {t('report.fields.reason')}: {item.reason}
                </Typography.Text>
              )}
              {item.actualValue != null && (
                <span>
                  {t('report.fields.actualValue')}: {formatNumber(item.actualValue)}
                  {item.plannedIndicator ? ` (${item.plannedIndicator})` : ''}
                </span>
              )}
            </Flex>
          ),
        },
        {
          key: 'evidence',
          title: t('report.columns.evidence'),
          render: (_, item) => (
            <Flex vertical>
              {item.evidence.map((e) => (
                <a key={e.url} href={e.url} target="_blank" rel="noreferrer">
                  {e.title}
                </a>
              ))}
              <Attachments report={r} item={item} editable={false} />
            </Flex>
          ),
        },
      ]}
    />
  );
}

/** Accept or return: shown only while `allowed` has REVIEW. */
function ReviewActions({ report: r }: { report: RoadmapReport }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const review = useReviewReport(r.roadmapId, r.period);
  const [returning, setReturning] = useState(false);
  const [form] = Form.useForm<{ comment: string }>();
  const { serverError, showError, clearServerError } = useServerErrors(form, [['comment']]);
  return (
    <>
      <>
          <Button
            type="primary"
            loading={review.isPending && !returning}
            onClick={() =>
              review.mutate(
                { decision: 'ACCEPT', version: r.version ?? 0 },
                { onSuccess: () => void message.success(t('report.accepted')) },
              )
            }
          >
            {t('report.accept')}
          </Button>
          <Button danger onClick={() => setReturning(true)}>
            {t('report.return')}
          </Button>
      </>
      <Modal
        open={returning}
        title={t('report.returnTitle')}
        okText={t('report.return')}
        cancelText={t('common.cancel')}
        confirmLoading={review.isPending}
        onCancel={() => setReturning(false)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <ServerErrorAlert error={serverError} />
        <Form
          form={form}
          layout="vertical"
          onFinish={({ comment }) => {
            clearServerError();
            review.mutate(
              { decision: 'RETURN', comment, version: r.version ?? 0 },
              {
                onSuccess: () => {
                  setReturning(false);
                  void message.success(t('report.returned'));
                },
                onError: showError,
              },
            );
          }}
        >
          <Form.Item name="comment" label={t('report.comment')} rules={[{ required: true, whitespace: true }]}>
            <Input.TextArea autoSize={{ minRows: 3 }} maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

function ItemCard({
  report,
  item,
  register,
}: {
  report: RoadmapReport;
  item: ItemReport;
  register: (itemId: number, form: FormInstance<ItemReportInput>) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ItemReportInput>();
  register(item.itemId, form);
  const editable = true;
  const title = (
    <Space wrap>
      <span>
        {item.number}. {item.title}
      </span>
      {item.required && item.status == null && <Tag color="warning">{t('report.required')}</Tag>}
    </Space>
  );
  return (
    <Card size="small" title={title} data-testid={`item-${item.number}`}>
      <Typography.Text type="secondary">
        {item.sectionTitle} · {item.timeframe}
      </Typography.Text>
      <Form
        form={form}
        name={`item-${item.itemId}`}
        layout="vertical"
        style={{ marginTop: 8 }}
        initialValues={{
          status: item.status ?? undefined,
          doneText: item.doneText ?? undefined,
          reason: item.reason ?? undefined,
          actualValue: item.actualValue ?? undefined,
          evidence: item.evidence,
        }}
      >
        <Flex gap={12} wrap>
          <Form.Item name="status" label={t('report.fields.status')} rules={[{ required: true }]} style={{ minWidth: 200 }}>
            <Select options={ITEM_STATUSES.map((s) => ({ value: s, label: t(`enums.itemStatus.${s}`) }))} />
          </Form.Item>
          {item.plannedIndicator && (
            <Form.Item name="actualValue" label={`${t('report.fields.actualValue')} (${item.plannedIndicator})`}>
              <InputNumber decimalSeparator="," />
            </Form.Item>
          )}
        </Flex>
        <Form.Item name="doneText" label={t('report.fields.doneText')}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={4000} />
        </Form.Item>
        <Form.Item name="reason" label={t('report.fields.reason')} extra={t('report.fields.reasonHint')}>
          <Input.TextArea autoSize maxLength={2000} />
        </Form.Item>
        <Typography.Text>{t('report.fields.evidence')}</Typography.Text>
        <Form.List name="evidence">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Flex key={field.key} gap={8} align="baseline">
                  <Form.Item name={[field.name, 'url']} rules={[{ required: true, type: 'url' }]} style={{ flex: 2 }}>
                    <Input placeholder={t('report.fields.url')} aria-label={t('report.fields.url')} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'title']} rules={[{ required: true, whitespace: true }]} style={{ flex: 1 }}>
                    <Input placeholder={t('report.fields.linkTitle')} aria-label={t('report.fields.linkTitle')} />
                  </Form.Item>
                  {editable && <Button icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label="×" />}
                </Flex>
              ))}
              {editable && (
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ url: '', title: '' })} style={{ marginBottom: 12 }}>
                  {t('report.fields.addLink')}
                </Button>
              )}
            </>
          )}
        </Form.List>
        <Attachments report={report} item={item} editable={item.version != null} />
      </Form>
    </Card>
  );
}

function Attachments({ report, item, editable }: { report: RoadmapReport; item: ItemReport; editable: boolean }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const download = async (attachmentId: number, fileName: string) => {
    const { data } = await client.GET('/api/v1/roadmaps/{roadmapId}/attachments/{attachmentId}', {
      params: { path: { roadmapId: report.roadmapId, attachmentId } },
      parseAs: 'blob',
    });
    if (data) saveBlob(data as Blob, fileName);
  };
  if (!editable && item.attachments.length === 0) return null;
  return (
    <div style={{ margin: '8px 0 12px' }}>
      <Typography.Text>{t('report.fields.attachments')}: </Typography.Text>
      {item.attachments.map((file) => (
        <Button key={file.id} type="link" icon={<PaperClipOutlined />} onClick={() => void download(file.id, file.fileName)}>
          {file.fileName}
        </Button>
      ))}
      {editable && (
        <Upload
          showUploadList={false}
          customRequest={async ({ file, onSuccess, onError }) => {
            const body = new FormData();
            body.append('file', file as Blob);
            const { error, response } = await client.POST(
              '/api/v1/roadmaps/{roadmapId}/reports/{period}/items/{itemId}/attachments',
              {
                params: { path: { roadmapId: report.roadmapId, period: report.period, itemId: item.itemId } },
                body: body as never,
                bodySerializer: (value) => value as FormData,
              },
            );
            if (response.ok) {
              onSuccess?.(null);
              void queryClient.invalidateQueries({ queryKey: roadmapKeys.report(report.roadmapId, report.period) });
            } else {
              const detail = (error as { detail?: string } | undefined)?.detail ?? `HTTP ${response.status}`;
              void message.error(detail);
              onError?.(new Error(detail));
            }
          }}
        >
          <Button size="small" icon={<PaperClipOutlined />}>
            {t('common.add')}
          </Button>
        </Upload>
      )}
    </div>
  );
}

import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Drawer, Form, Input, List, Modal, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useApiClient } from '../../shared/api/ApiClientProvider';
import type { MeetingDecision } from '../../shared/api/types';
import { QueryErrorResult } from '../../shared/errors/ErrorResult';
import { fileNameOf, saveBlob } from '../../shared/files/download';
import { formatDate, formatDateTime } from '../../shared/format/format';
import { PageHeader } from '../../shared/layout/PageHeader';
import { useDeleteMeeting, useMeeting, useMeetingHistory, useMeetingTransition } from './api';
import { CompleteDecisionModal } from './CompleteDecisionModal';
import { DecisionLine } from './DecisionLine';

/** A meeting's protocol as the document reads: heading, agenda, heard / spoke / decided, with execution tracked. */
export default function MeetingPage() {
  const { t } = useTranslation();
  const { meetingId } = useParams();
  const id = Number(meetingId);
  const [search] = useSearchParams();
  const highlighted = Number(search.get('decision') ?? 0);
  const meeting = useMeeting(id);
  const transition = useMeetingTransition(id);
  const remove = useDeleteMeeting(id);
  const navigate = useNavigate();
  const client = useApiClient();
  const { message, modal } = App.useApp();
  const [completing, setCompleting] = useState<MeetingDecision | null>(null);
  const [correcting, setCorrecting] = useState(false);
  const [historyOpen, setHistoryOpen] = useState(false);
  const history = useMeetingHistory(id, historyOpen);
  const [form] = Form.useForm<{ reason: string }>();

  if (meeting.isError) return <QueryErrorResult error={meeting.error} onRetry={() => void meeting.refetch()} />;
  if (!meeting.data) return <Spin style={{ display: 'block', margin: '64px auto' }} />;
  const m = meeting.data;

  const download = async (revision?: number) => {
    const { data, response } = await client.GET('/api/v1/meetings/{meetingId}/protocol', {
      params: { path: { meetingId: id }, query: { revision } },
      parseAs: 'blob',
    });
    if (!response.ok || !data) {
      void message.error(t('support.common.exportFailed'));
      return;
    }
    saveBlob(data as Blob, fileNameOf(response.headers.get('Content-Disposition'), `protocol-${id}.docx`));
  };
  const sign = () =>
    modal.confirm({
      title: t('support.meetings.actions.SIGN'),
      content: t('support.meetings.signConfirm'),
      okText: t('support.meetings.actions.SIGN'),
      cancelText: t('common.cancel'),
      onOk: () =>
        transition.mutateAsync({ action: 'SIGN', version: m.version, reason: null }).catch((error: { problem?: { detail?: string } }) => {
          void message.error(error.problem?.detail ?? String(error));
        }),
    });
  const del = () =>
    modal.confirm({
      title: t('support.meetings.actions.DELETE'),
      content: t('support.meetings.deleteConfirm'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () => remove.mutateAsync().then(() => navigate('/meetings')),
    });

  return (
    <>
      <PageHeader
        title={
          <>
            {t('support.meetings.protocol')} {m.number && t('support.meetings.number', { number: m.number })}
          </>
        }
        subtitle={
          <Space wrap>
            <span>{m.title}</span>
            <Tag color={m.status === 'SIGNED' ? 'green' : 'gold'} data-testid="meeting-status">
              {t(`support.meetings.status.${m.status}`)}
              {m.revision > 1 && ` · ${t('support.meetings.revision', { revision: m.revision })}`}
            </Tag>
          </Space>
        }
        actions={
          <>
            {m.allowed.includes('EDIT') && (
              <Link to={`/meetings/${id}/edit`}>
                <Button>{t('support.meetings.actions.EDIT')}</Button>
              </Link>
            )}
            {m.allowed.includes('SIGN') && (
              <Button type="primary" onClick={sign} loading={transition.isPending}>
                {t('support.meetings.actions.SIGN')}
              </Button>
            )}
            {m.allowed.includes('CORRECT') && (
              <Button onClick={() => setCorrecting(true)}>{t('support.meetings.actions.CORRECT')}</Button>
            )}
            {m.allowed.includes('DELETE') && (
              <Button danger onClick={del}>
                {t('support.meetings.actions.DELETE')}
              </Button>
            )}
            <Button icon={<DownloadOutlined />} onClick={() => void download()}>
              {t('support.meetings.downloadDocx')}
            </Button>
            <Button onClick={() => setHistoryOpen(true)}>{t('support.common.history')}</Button>
          </>
        }
      />
      <Card>
        <Descriptions size="small" column={{ xs: 1, md: 2 }} style={{ marginBottom: 16 }}>
          <Descriptions.Item label={t('support.common.owner')}>{m.authority ?? m.owner.name}</Descriptions.Item>
          <Descriptions.Item label={t('support.meetings.columns.heldOn')}>{formatDate(m.heldOn)}</Descriptions.Item>
          {m.place && <Descriptions.Item label={t('support.meetings.place')}>{m.place}</Descriptions.Item>}
          {m.chair && <Descriptions.Item label={t('support.meetings.chair')}>{m.chair}</Descriptions.Item>}
          {m.secretary && <Descriptions.Item label={t('support.meetings.secretary')}>{m.secretary}</Descriptions.Item>}
          {(m.attendeesCount != null || m.participants.length > 0) && (
            <Descriptions.Item label={t('support.meetings.present')} span={2}>
              {m.attendeesCount != null && t('support.meetings.presentCount', { count: m.attendeesCount })}
              {m.participants.length > 0 && ` ${m.participants.join('; ')}`}
            </Descriptions.Item>
          )}
          {m.workingGroup && (
            <Descriptions.Item label={t('support.meetings.form.workingGroup')}>{m.workingGroup.name}</Descriptions.Item>
          )}
          {m.signedAt && (
            <Descriptions.Item label={t('support.meetings.columns.status')}>
              {t('support.meetings.signed', { when: formatDateTime(m.signedAt), who: m.signedBy })}
            </Descriptions.Item>
          )}
          {m.revisionReason && (
            <Descriptions.Item span={2} label={t('support.meetings.revision', { revision: m.revision })}>
              {t('support.meetings.revisionReason', { reason: m.revisionReason })}
            </Descriptions.Item>
          )}
        </Descriptions>
        <Typography.Title level={2} style={{ fontSize: 18 }}>
          {t('support.meetings.agenda')}
        </Typography.Title>
        <ol>
          {m.agenda.map((item) => (
            <li key={item.id}>{item.title}</li>
          ))}
        </ol>
        {m.agenda.map((item) => (
          <section key={item.id} style={{ marginTop: 24 }} aria-label={item.title}>
            <Typography.Title level={3} style={{ fontSize: 16 }}>
              {item.position}. {item.title}
            </Typography.Title>
            {item.heard.map((speech, index) => (
              <Typography.Paragraph key={`h${index}`}>
                <strong>{t('support.meetings.heard')}:</strong> {speech.speaker}
                {speech.summary && `, ${speech.summary}`}
              </Typography.Paragraph>
            ))}
            {item.spoke.map((speech, index) => (
              <Typography.Paragraph key={`s${index}`}>
                <strong>{t('support.meetings.spoke')}:</strong> {speech.speaker}
                {speech.summary && `, ${speech.summary}`}
              </Typography.Paragraph>
            ))}
            {item.controlledDecisions.length > 0 && (
              <>
                <Typography.Text strong>{t('support.meetings.control')}:</Typography.Text>
                {item.controlledDecisions.map((d) => (
                  <DecisionLine key={d.id} decision={d} onComplete={setCompleting} />
                ))}
              </>
            )}
            {item.decisions.length > 0 && (
              <>
                <Typography.Text strong>{t('support.meetings.decided')}:</Typography.Text>
                {item.decisions.map((d) => (
                  <DecisionLine key={d.id} decision={d} highlighted={d.id === highlighted} onComplete={setCompleting} />
                ))}
              </>
            )}
            {item.votes && (
              <Typography.Paragraph type="secondary">
                {item.votes.unanimous
                  ? t('support.meetings.votesUnanimous')
                  : t('support.meetings.votes', {
                      for: item.votes.votesFor ?? 0,
                      against: item.votes.against ?? 0,
                      abstained: item.votes.abstained ?? 0,
                    })}
              </Typography.Paragraph>
            )}
          </section>
        ))}
      </Card>
      {completing && <CompleteDecisionModal decision={completing} onClose={() => setCompleting(null)} />}
      <Modal
        open={correcting}
        title={t('support.meetings.correctTitle')}
        okText={t('support.meetings.actions.CORRECT')}
        cancelText={t('common.cancel')}
        confirmLoading={transition.isPending}
        onCancel={() => setCorrecting(false)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          onFinish={(values) =>
            transition.mutate(
              { action: 'CORRECT', version: m.version, reason: values.reason },
              { onSuccess: () => setCorrecting(false), onError: (error) => void message.error(String(error)) },
            )
          }
        >
          <Form.Item name="reason" label={t('support.meetings.correctReason')} rules={[{ required: true, whitespace: true, max: 1000 }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
      <Drawer open={historyOpen} onClose={() => setHistoryOpen(false)} title={t('support.meetings.historyTitle')} size={640}>
        <List
          loading={history.isPending}
          dataSource={history.data}
          renderItem={(h) => (
            <List.Item
              actions={
                h.signedCopy
                  ? [
                      <Button key="docx" type="link" onClick={() => void download(h.revision)}>
                        {t('support.meetings.signedCopy')}
                      </Button>,
                    ]
                  : []
              }
            >
              <List.Item.Meta
                title={`${t(`support.meetings.status.${h.status}`)} · ${t('support.meetings.revision', { revision: h.revision })}`}
                description={
                  <>
                    {t('support.common.changedBy', { who: h.changedBy, when: formatDateTime(h.changedAt) })}
                    {h.revisionReason && <div>{t('support.meetings.revisionReason', { reason: h.revisionReason })}</div>}
                  </>
                }
              />
            </List.Item>
          )}
        />
      </Drawer>
    </>
  );
}

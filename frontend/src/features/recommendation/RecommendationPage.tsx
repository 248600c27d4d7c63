import { App, Button, Card, Descriptions, Form, Input, List, Modal, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Recommendation, RecommendationTransition } from '../../shared/api/types';
import { QueryErrorResult } from '../../shared/errors/ErrorResult';
import { EvidenceLinksField } from '../../shared/forms/EvidenceLinksField';
import { ServerErrorAlert } from '../../shared/forms/ServerErrorAlert';
import { useServerErrors } from '../../shared/forms/useServerErrors';
import { formatDate, formatDateTime } from '../../shared/format/format';
import { PageHeader } from '../../shared/layout/PageHeader';
import { useRecommendation, useRecommendationHistory, useRecommendationTransition } from './api';
import { RecommendationFormModal } from './RecommendationFormModal';
import { RecommendationStatusTag } from './RecommendationStatusTag';

type Action = RecommendationTransition['action'];

function TransitionModal({ recommendation, action, onClose }: { recommendation: Recommendation; action: Action; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ text: string; evidence?: { url: string; title: string }[] }>();
  const transition = useRecommendationTransition(recommendation.id);
  const { serverError, showError, clearServerError } = useServerErrors(form, [['text'], ['evidence']]);
  return (
    <Modal
      open
      title={t(`support.recommendations.actionTitle.${action}`)}
      okText={t(`support.recommendations.actions.${action}`)}
      cancelText={t('common.cancel')}
      confirmLoading={transition.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <ServerErrorAlert error={serverError} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ evidence: action === 'COMPLETE' ? [{ url: '', title: '' }] : [] }}
        onFinish={(values) => {
          clearServerError();
          transition.mutate(
            { action, version: recommendation.version, text: values.text, evidence: values.evidence ?? [] },
            { onSuccess: onClose, onError: showError },
          );
        }}
      >
        <Form.Item name="text" label={t(`support.recommendations.actionText.${action}`)} rules={[{ required: true, whitespace: true, max: 4000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        {action === 'COMPLETE' && (
          <EvidenceLinksField
            name="evidence"
            required
            label={t('support.common.evidence')}
            urlLabel={t('support.common.evidenceUrl')}
            titleLabel={t('support.common.evidenceTitle')}
            addLabel={t('support.common.addEvidence')}
            removeLabel={t('support.common.remove')}
          />
        )}
      </Form>
    </Modal>
  );
}

export default function RecommendationPage() {
  const { t } = useTranslation();
  const { recommendationId } = useParams();
  const id = Number(recommendationId);
  const recommendation = useRecommendation(id);
  const history = useRecommendationHistory(id);
  const [action, setAction] = useState<Action | null>(null);
  const [editing, setEditing] = useState(false);
  App.useApp();
  if (recommendation.isError) return <QueryErrorResult error={recommendation.error} onRetry={() => void recommendation.refetch()} />;
  if (!recommendation.data) return <Spin style={{ display: 'block', margin: '64px auto' }} />;
  const r = recommendation.data;
  return (
    <>
      <PageHeader
        title={`${t('support.recommendations.title')}: ${r.addressee.name}`}
        subtitle={
          <Space wrap>
            <RecommendationStatusTag status={r.status} />
            {r.overdue && <Tag color="red">{t('support.common.overdue')}</Tag>}
            {t('support.recommendations.issued', { date: formatDate(r.issuedOn), issuer: r.issuerName })}
          </Space>
        }
        actions={r.allowed.map((permission) =>
          permission === 'EDIT' ? (
            <Button key={permission} onClick={() => setEditing(true)}>
              {t('support.recommendations.actions.EDIT')}
            </Button>
          ) : (
            <Button key={permission} type={permission === 'COMPLETE' ? 'primary' : 'default'} onClick={() => setAction(permission)}>
              {t(`support.recommendations.actions.${permission}`)}
            </Button>
          ),
        )}
      />
      <Card style={{ marginBottom: 16 }}>
        <Typography.Paragraph style={{ fontSize: 16 }}>{r.text}</Typography.Paragraph>
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('support.recommendations.form.audiences')}>
            {r.audiences.map((a) => t(`support.recommendations.audience.${a}`)).join(', ')}
          </Descriptions.Item>
          <Descriptions.Item label={t('support.common.dueOn')}>{formatDate(r.dueOn)}</Descriptions.Item>
          <Descriptions.Item label={t('support.recommendations.basis')} span={2}>
            {t(`support.recommendations.basisKind.${r.basis.kind}`)}
            {r.basis.referenceId != null && ` № ${r.basis.referenceId}`}
            {r.basis.reference && `: ${r.basis.reference}`}
          </Descriptions.Item>
          {r.answer && (
            <Descriptions.Item label={t('support.recommendations.answer')} span={2}>
              {r.answer}
            </Descriptions.Item>
          )}
          {r.doneText && (
            <Descriptions.Item label={t('support.recommendations.actionText.COMPLETE')} span={2}>
              {r.doneText}
              {r.evidence.map((link) => (
                <div key={link.url}>
                  <a href={link.url} target="_blank" rel="noreferrer">
                    {link.title}
                  </a>
                </div>
              ))}
            </Descriptions.Item>
          )}
          {r.withdrawReason && (
            <Descriptions.Item label={t('support.recommendations.actionText.WITHDRAW')} span={2}>
              {r.withdrawReason}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card title={t('support.recommendations.historyTitle')}>
        <List
          loading={history.isPending}
          dataSource={history.data}
          renderItem={(h) => (
            <List.Item>
              <List.Item.Meta
                title={<RecommendationStatusTag status={h.status} />}
                description={
                  <>
                    {t('support.common.changedBy', { who: h.changedBy, when: formatDateTime(h.changedAt) })}
                    {h.note && <div>{h.note}</div>}
                  </>
                }
              />
            </List.Item>
          )}
        />
      </Card>
      {action && <TransitionModal recommendation={r} action={action} onClose={() => setAction(null)} />}
      {editing && <RecommendationFormModal recommendation={r} onClose={() => setEditing(false)} />}
    </>
  );
}

import { Button, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MeetingDecision } from '../../shared/api/types';
import { formatDate, formatDateTime } from '../../shared/format/format';

/** «1.2. Разместить … Ответственный: … Срок: …» with its execution and, for its executor, the report button. */
export function DecisionLine({
  decision,
  highlighted,
  onComplete,
}: {
  decision: MeetingDecision;
  highlighted?: boolean;
  onComplete: (decision: MeetingDecision) => void;
}) {
  const { t } = useTranslation();
  const executor = decision.executorName ?? decision.executor?.name;
  return (
    <div
      data-testid="decision"
      data-decision-id={decision.id}
      style={{
        padding: '8px 12px',
        marginBottom: 8,
        borderLeft: `3px solid ${decision.overdue ? '#c4161c' : decision.status === 'DONE' ? '#389e0d' : '#d9d9d9'}`,
        background: highlighted ? '#fffbe6' : undefined,
      }}
    >
      <Typography.Paragraph style={{ marginBottom: 4 }}>
        <strong>{decision.number}.</strong> {decision.text}
        {(executor || decision.executorPerson) && (
          <>
            {' '}
            {t('support.meetings.executor')}: {[executor, decision.executorPerson].filter(Boolean).join(', ')}.
          </>
        )}
        {decision.dueOn && <> {t('support.common.dueOn')}: {formatDate(decision.dueOn)}.</>}
      </Typography.Paragraph>
      <Space wrap>
        {decision.tracked ? (
          <Tag color={decision.status === 'DONE' ? 'green' : decision.overdue ? 'red' : 'blue'} data-testid="decision-status">
            {t(`support.decisions.status.${decision.status}`)}
            {decision.overdue && ` · ${t('support.common.overdue')}`}
          </Tag>
        ) : (
          <Typography.Text type="secondary">{decision.dueOn ? '' : t('support.meetings.notTracked')}</Typography.Text>
        )}
        {decision.status === 'DONE' && decision.doneAt && (
          <Typography.Text type="secondary">
            {t('support.decisions.done', { when: formatDateTime(decision.doneAt), who: decision.doneBy })}: {decision.doneText}
          </Typography.Text>
        )}
        {decision.evidence.map((link) => (
          <a key={link.url} href={link.url} target="_blank" rel="noreferrer">
            {link.title}
          </a>
        ))}
        {decision.allowed.includes('COMPLETE') && (
          <Button size="small" type="primary" onClick={() => onComplete(decision)}>
            {t('support.decisions.complete')}
          </Button>
        )}
      </Space>
    </div>
  );
}

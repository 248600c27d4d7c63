import { LockOutlined } from '@ant-design/icons';
import { Progress, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CampaignStatus, CompletenessRow, FormStatus, OwnForm, ValueStatus } from '../../shared/api/types';
import { formatDate } from '../../shared/format/format';

const CAMPAIGN_COLOR: Record<CampaignStatus, string> = { DRAFT: 'default', OPEN: 'processing', CLOSED: 'success' };

const FORM_COLOR: Record<FormStatus, string> = {
  NOT_STARTED: 'default',
  DRAFT: 'default',
  SUBMITTED: 'processing',
  RETURNED: 'warning',
  ACCEPTED: 'success',
};

const VALUE_COLOR: Record<ValueStatus, string> = { DRAFT: 'default', SUBMITTED: 'processing', RETURNED: 'error', ACCEPTED: 'success' };

export function CampaignStatusTag({ status }: { status: CampaignStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={CAMPAIGN_COLOR[status]} data-testid="campaign-status">
      {t(`enums.campaignStatus.${status}`)}
    </Tag>
  );
}

export function FormStatusTag({ status }: { status: FormStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={FORM_COLOR[status]} data-testid="form-status">
      {t(`enums.formStatus.${status}`)}
    </Tag>
  );
}

export function ValueStatusTag({ status }: { status: ValueStatus | null | undefined }) {
  const { t } = useTranslation();
  if (!status) return null;
  return (
    <Tag color={VALUE_COLOR[status]} icon={status === 'ACCEPTED' ? <LockOutlined /> : undefined} data-testid="value-status">
      {t(`enums.valueStatus.${status}`)}
    </Tag>
  );
}

/**
 * Submitted of expected as a bar whose green part is what the municipality has accepted and whose blue part still
 * waits for its review, with the four states in words: a collection is done when everything is accepted, not sent.
 */
export function CompletionProgress({ row, compact = false }: { row: CompletenessRow; compact?: boolean }) {
  const { t } = useTranslation();
  if (row.expected === 0) return <Typography.Text type="secondary">{t('campaigns.noForms')}</Typography.Text>;
  const percent = Math.round(row.completion * 10) / 10;
  const accepted = Math.round(row.acceptance * 10) / 10;
  const words = t('campaigns.progressStates', {
    done: row.submitted + row.accepted,
    expected: row.expected,
    accepted: row.accepted,
    submitted: row.submitted,
    returned: row.returned,
  });
  return (
    <div style={{ minWidth: 180 }} data-testid="completion">
      <Progress
        percent={percent}
        success={{ percent: accepted }}
        size="small"
        status={accepted >= 100 ? 'success' : 'normal'}
        format={() => t('campaigns.acceptedShare', { share: String(accepted).replace('.', ',') })}
        aria-label={words}
      />
      {!compact && (
        <Space orientation="vertical" size={0} style={{ fontSize: 12 }}>
          <Typography.Text style={{ fontSize: 12 }}>
            {t('campaigns.progress', { done: row.submitted + row.accepted, expected: row.expected })}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="completion-states">
            {t('campaigns.progressReview', { accepted: row.accepted, submitted: row.submitted, returned: row.returned })}
          </Typography.Text>
          {row.late > 0 && (
            <Typography.Text type="danger" style={{ fontSize: 12 }}>
              {t('campaigns.late', { count: row.late })}
            </Typography.Text>
          )}
        </Space>
      )}
    </div>
  );
}

/** A school's own form in a campaign: its state, the deadline and what to do next, as the server decided. */
export function OwnFormState({ form }: { form: OwnForm }) {
  const { t } = useTranslation();
  return (
    <Space orientation="vertical" size={0} data-testid="own-form">
      <Space size={4} wrap>
        <FormStatusTag status={form.status} />
        {form.late && <Tag color="error">{t('campaigns.ownForm.late')}</Tag>}
      </Space>
      <Typography.Text style={{ fontSize: 12 }}>{t('campaigns.ownForm.deadline', { date: formatDate(form.deadline) })}</Typography.Text>
      {form.nextStep !== 'NONE' && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="own-form-next">
          {t(`campaigns.ownForm.next.${form.nextStep}`)}
        </Typography.Text>
      )}
    </Space>
  );
}

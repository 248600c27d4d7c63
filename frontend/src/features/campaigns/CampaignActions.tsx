import { App, Button, DatePicker, Form, Modal, Popconfirm, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Campaign, CampaignAction } from '../../shared/api/types';
import type { ServerFormError } from '../../shared/forms/useServerErrors';
import { useCampaignTransition } from './api';
import { CampaignFormModal } from './CampaignFormModal';
import { toServerError } from './problems';

interface CampaignActionsProps {
  campaign: Campaign;
  onError: (error: ServerFormError | null) => void;
}

/** The owner's actions, each shown only when `allowed` names it: edit the draft, open, close, reopen. */
export function CampaignActions({ campaign, onError }: CampaignActionsProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const transition = useCampaignTransition(campaign.id);
  const [editing, setEditing] = useState(false);
  const [reopening, setReopening] = useState(false);
  const [form] = Form.useForm<{ deadline?: Dayjs }>();
  const allowed = campaign.allowed ?? [];

  const run = (action: CampaignAction, deadline?: Dayjs) => {
    onError(null);
    transition.mutate(
      { action, version: campaign.version, deadline: deadline?.format('YYYY-MM-DD') },
      {
        onSuccess: () => {
          setReopening(false);
          void message.success(t('campaigns.actions.done'));
        },
        onError: (error) => {
          setReopening(false);
          onError(toServerError(error));
        },
      },
    );
  };

  return (
    <>
      {allowed.includes('EDIT') && <Button onClick={() => setEditing(true)}>{t('campaigns.actions.edit')}</Button>}
      {allowed.includes('OPEN') && (
        <Popconfirm
          title={t('campaigns.actions.open')}
          description={<div style={{ maxWidth: 320 }}>{t('campaigns.actions.openConfirm')}</div>}
          okText={t('campaigns.actions.open')}
          cancelText={t('common.cancel')}
          onConfirm={() => run('OPEN')}
        >
          <Button type="primary" loading={transition.isPending}>
            {t('campaigns.actions.open')}
          </Button>
        </Popconfirm>
      )}
      {allowed.includes('CLOSE') && (
        <Popconfirm
          title={t('campaigns.actions.close')}
          description={<div style={{ maxWidth: 320 }}>{t('campaigns.actions.closeConfirm')}</div>}
          okText={t('campaigns.actions.close')}
          cancelText={t('common.cancel')}
          onConfirm={() => run('CLOSE')}
        >
          <Button loading={transition.isPending}>{t('campaigns.actions.close')}</Button>
        </Popconfirm>
      )}
      {allowed.includes('REOPEN') && (
        <Button
          onClick={() => {
            form.resetFields();
            setReopening(true);
          }}
        >
          {t('campaigns.actions.reopen')}
        </Button>
      )}
      <Modal
        open={reopening}
        title={t('campaigns.actions.reopen')}
        okText={t('campaigns.actions.reopen')}
        cancelText={t('common.cancel')}
        confirmLoading={transition.isPending}
        onCancel={() => setReopening(false)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={({ deadline }) => run('REOPEN', deadline ?? undefined)}>
          <Form.Item name="deadline" label={t('campaigns.actions.newDeadline')}>
            <DatePicker format="DD.MM.YYYY" />
          </Form.Item>
          <Typography.Text type="secondary">{t('campaigns.actions.newDeadlineHint')}</Typography.Text>
        </Form>
      </Modal>
      <CampaignFormModal open={editing} campaign={campaign} onClose={() => setEditing(false)} />
    </>
  );
}

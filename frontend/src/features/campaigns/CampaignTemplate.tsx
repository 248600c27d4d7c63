import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorKind } from '../../shared/api/errors';
import type { Campaign } from '../../shared/api/types';
import { XLSX } from '../../shared/imports/jobs';
import { useDownloadCampaignTemplate, useUploadCampaignTemplate } from './templateApi';
import { FileImport } from '../../shared/imports/FileImport';

/**
 * The campaign's XLSX template for the ministry and municipalities: download it with the values stored now
 * (once forms exist), fill it offline and upload it while the campaign is open — as an import job.
 */
export function CampaignTemplateButtons({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const download = useDownloadCampaignTemplate(campaign.id);
  const upload = useUploadCampaignTemplate(campaign.id);
  const [downloading, setDownloading] = useState(false);
  const [uploading, setUploading] = useState(false);

  if (campaign.status === 'DRAFT') return null;

  const save = async () => {
    setDownloading(true);
    try {
      await download();
    } catch (error) {
      void message.error(t(errorKind(error) === 'connection' ? 'errors.connection.title' : 'campaigns.template.downloadFailed'));
    } finally {
      setDownloading(false);
    }
  };

  return (
    <>
      <Button icon={<DownloadOutlined />} loading={downloading} onClick={() => void save()}>
        {t('campaigns.template.download')}
      </Button>
      {campaign.status === 'OPEN' && (
        <Button icon={<UploadOutlined />} onClick={() => setUploading(true)}>
          {t('campaigns.template.upload')}
        </Button>
      )}
      {/* Kept mounted when closed: a running job is followed on and shown again on reopening. */}
      <Modal
        open={uploading}
        width={860}
        title={t('campaigns.template.uploadTitle', { name: campaign.name })}
        onCancel={() => setUploading(false)}
        footer={<Button onClick={() => setUploading(false)}>{t('campaigns.template.close')}</Button>}
      >
        <Typography.Paragraph type="secondary">{t('campaigns.template.hint')}</Typography.Paragraph>
        <FileImport accept={`.xlsx,${XLSX}`} upload={upload} />
      </Modal>
    </>
  );
}

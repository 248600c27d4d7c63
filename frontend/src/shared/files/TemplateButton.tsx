import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorKind } from '../api/errors';

/** «Скачать шаблон XLSX» beside an upload: the file the upload reads, with what to write in it. */
export function TemplateButton({ download }: { download: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      icon={<DownloadOutlined />}
      loading={busy}
      style={{ marginBottom: 12, marginInlineEnd: 8 }}
      onClick={async () => {
        setBusy(true);
        try {
          await download();
        } catch (error) {
          void message.error(t(errorKind(error) === 'connection' ? 'errors.connection.title' : 'usability.templateFailed'));
        } finally {
          setBusy(false);
        }
      }}
    >
      {t('usability.downloadTemplate')}
    </Button>
  );
}

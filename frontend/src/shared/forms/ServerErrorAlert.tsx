import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServerFormError } from './useServerErrors';

interface ServerErrorAlertProps {
  error: ServerFormError | null;
  /** Offered when the record's version is outdated: loads the current one, keeping the input. */
  onReloadStale?: () => void;
  reloading?: boolean;
  extra?: ReactNode;
}

export function ServerErrorAlert({ error, onReloadStale, reloading, extra }: ServerErrorAlertProps) {
  const { t } = useTranslation();
  if (!error) return null;
  const details = error.messages.length > 0 ? (
    <ul style={{ margin: 0, paddingInlineStart: 20 }}>
      {error.messages.map((message) => (
        <li key={message}>{message}</li>
      ))}
    </ul>
  ) : undefined;

  if (error.kind === 'stale' && onReloadStale) {
    return (
      <Alert
        type="warning"
        showIcon
        role="alert"
        title={t('errors.conflict')}
        description={extra}
        action={
          <Button icon={<ReloadOutlined />} loading={reloading} onClick={onReloadStale}>
            {t('errors.conflictReload')}
          </Button>
        }
        style={{ marginBottom: 16 }}
      />
    );
  }
  const title =
    error.kind === 'validation'
      ? t('errors.validation')
      : error.kind === 'connection'
        ? t('errors.connectionOnSave')
        : error.kind === 'forbidden'
          ? t('errors.forbidden.title')
          : error.kind === 'notFound'
            ? t('errors.notFound.title')
            : t('errors.saveFailed');
  return <Alert type="error" showIcon role="alert" title={title} description={details} style={{ marginBottom: 16 }} />;
}

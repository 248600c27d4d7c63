import { ReloadOutlined } from '@ant-design/icons';
import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorKind } from '../api/errors';

type Variant = 'forbidden' | 'notFound' | 'connection' | 'unavailable' | 'generic' | 'config';

const STATUS: Record<Variant, '403' | '404' | 'warning' | 'error' | '500'> = {
  forbidden: '403',
  notFound: '404',
  connection: 'warning',
  unavailable: 'warning',
  generic: 'error',
  config: 'error',
};

interface ErrorResultProps {
  variant: Variant;
  onRetry?: () => void;
  /** Shown in a router context only; the app-level boundary lives outside it. */
  showHomeLink?: boolean;
  extra?: ReactNode;
}

export function ErrorResult({ variant, onRetry, showHomeLink = true, extra }: ErrorResultProps) {
  const { t } = useTranslation();
  const actions = [
    onRetry && (
      <Button key="retry" type="primary" icon={<ReloadOutlined />} onClick={onRetry}>
        {t('common.retry')}
      </Button>
    ),
    showHomeLink && (
      <Link key="home" to="/">
        <Button>{t('common.home')}</Button>
      </Link>
    ),
    extra,
  ].filter(Boolean);
  return (
    <Result
      status={STATUS[variant]}
      title={t(`errors.${variant}.title`)}
      subTitle={t(`errors.${variant}.subtitle`)}
      extra={actions}
      data-testid={`error-${variant}`}
    />
  );
}

export function ForbiddenPage() {
  return <ErrorResult variant="forbidden" />;
}

export function NotFoundPage() {
  return <ErrorResult variant="notFound" />;
}

/** Chooses the page for a failed query: 403 and 404 are answers, the others invite a retry. */
export function QueryErrorResult({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  switch (errorKind(error)) {
    case 'forbidden':
      return <ErrorResult variant="forbidden" />;
    case 'notFound':
      return <ErrorResult variant="notFound" />;
    case 'connection':
      return <ErrorResult variant="connection" onRetry={onRetry} />;
    case 'unavailable':
      return <ErrorResult variant="unavailable" onRetry={onRetry} />;
    default:
      return <ErrorResult variant="generic" onRetry={onRetry} />;
  }
}

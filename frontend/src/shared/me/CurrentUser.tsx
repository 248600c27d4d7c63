import { Spin } from 'antd';
import { createContext, use, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me, Permission } from '../api/types';
import { QueryErrorResult } from '../errors/ErrorResult';
import { useMeQuery } from './useMe';

const CurrentUserContext = createContext<Me | null>(null);

/** Loads GET /me once after login: role, organisation and permissions drive the whole UI. */
export function CurrentUserGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const me = useMeQuery();
  if (me.isPending) {
    return (
      <div style={{ minHeight: '60vh', display: 'grid', placeItems: 'center' }}>
        <Spin size="large" description={t('common.loading')} />
      </div>
    );
  }
  if (me.isError) return <QueryErrorResult error={me.error} onRetry={() => void me.refetch()} />;
  return <CurrentUserContext value={me.data}>{children}</CurrentUserContext>;
}

export function useCurrentUser(): Me {
  const me = use(CurrentUserContext);
  if (!me) throw new Error('useCurrentUser outside CurrentUserGate');
  return me;
}

export function useCan(): (permission: Permission) => boolean {
  const me = useCurrentUser();
  return (permission) => me.permissions.includes(permission);
}

import { Spin } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { useAttentionCount } from '../features/attention/api';
import { useSignOut } from '../features/auth/useSignOut';
import { useCurrentUser } from '../shared/me/CurrentUser';
import { navigationFor } from '../features/me/navigation';
import { ErrorBoundary } from '../shared/errors/ErrorBoundary';
import { AppLayout, type LayoutNavigationItem } from '../shared/layout/AppLayout';

interface AppShellProps {
  /** Tests render the shell without an OIDC session. */
  onSignOut?: () => void;
}

function SignedInShell({ onSignOut }: { onSignOut: () => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { pathname } = useLocation();
  // The home page's count beside its menu entry: what waits for the caller.
  const waiting = useAttentionCount();
  return (
    <AppLayout
      userName={me.displayName}
      organisationName={me.organisation.name}
      navigation={navigationFor(me).map(function toLayout(item): LayoutNavigationItem {
        const label = item.key === 'attention' && waiting ? `${t(item.labelKey)} · ${waiting}` : t(item.labelKey);
        return { key: item.key, path: item.path, label, children: item.children?.map(toLayout) };
      })}
      onSignOut={onSignOut}
    >
      <ErrorBoundary resetKey={pathname}>
        <Suspense fallback={<Spin style={{ display: 'block', margin: '64px auto' }} />}>
          <Outlet />
        </Suspense>
      </ErrorBoundary>
    </AppLayout>
  );
}

function OidcShell() {
  const signOut = useSignOut();
  return <SignedInShell onSignOut={() => void signOut()} />;
}

export function AppShell({ onSignOut }: AppShellProps) {
  return onSignOut ? <SignedInShell onSignOut={onSignOut} /> : <OidcShell />;
}

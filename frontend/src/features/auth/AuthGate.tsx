import { Button, Result, Spin } from 'antd';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { hasAuthParams, useAuth } from 'react-oidc-context';
import type { SigninState } from './oidcSettings';

function currentLocation(): string {
  return window.location.pathname + window.location.search + window.location.hash;
}

function FullPageSpin({ tip }: { tip: string }) {
  return (
    <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center' }}>
      <Spin size="large" description={tip} />
    </div>
  );
}

/** Renders its children only for a signed-in user; everyone else goes to the Keycloak login page. */
export function AuthGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const auth = useAuth();
  const redirectStarted = useRef(false);

  const mustSignIn = !hasAuthParams() && !auth.isAuthenticated && !auth.activeNavigator && !auth.isLoading && !auth.error;

  useEffect(() => {
    if (!mustSignIn || redirectStarted.current) return;
    redirectStarted.current = true;
    const state: SigninState = { returnTo: currentLocation() };
    void auth.signinRedirect({ state });
  }, [mustSignIn, auth]);

  if (auth.error) {
    return (
      <Result
        status="warning"
        title={t('auth.failedTitle')}
        subTitle={t('auth.failedSubtitle')}
        extra={
          <Button type="primary" onClick={() => void auth.signinRedirect({ state: { returnTo: '/' } satisfies SigninState })}>
            {t('auth.signInAgain')}
          </Button>
        }
      />
    );
  }
  if (auth.isAuthenticated) return children;
  return <FullPageSpin tip={t(mustSignIn ? 'auth.redirecting' : 'auth.signingIn')} />;
}

import { QueryClientProvider } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { AuthProvider, useAuth } from 'react-oidc-context';
import { BrowserRouter } from 'react-router';
import { AuthGate } from '../features/auth/AuthGate';
import { oidcSettings } from '../features/auth/oidcSettings';
import { CurrentUserGate } from '../shared/me/CurrentUser';
import { ApiClientProvider } from '../shared/api/ApiClientProvider';
import { createApiClient } from '../shared/api/client';
import { createQueryClient } from '../shared/api/queryClient';
import type { RuntimeConfig } from '../shared/config/runtimeConfig';
import { AppRoutes } from './AppRoutes';
import { LocalizedConfigProvider } from './LocalizedConfigProvider';

function SignedInApp({ config }: { config: RuntimeConfig }) {
  const auth = useAuth();
  const authRef = useRef(auth);
  authRef.current = auth;

  const [apiClient] = useState(() =>
    createApiClient({ baseUrl: config.apiBaseUrl, getAccessToken: () => authRef.current.user?.access_token }),
  );
  const [queryClient] = useState(() =>
    createQueryClient({
      onUnauthorized: () => {
        const current = authRef.current;
        void current.signinSilent().catch(() => current.signinRedirect({ state: { returnTo: window.location.pathname + window.location.search } }));
      },
    }),
  );

  return (
    <QueryClientProvider client={queryClient}>
      <ApiClientProvider client={apiClient}>
        {/* Mounted only after the OIDC callback rewrote the address, so the router starts at the right page. */}
        <BrowserRouter>
          <CurrentUserGate>
            <AppRoutes />
          </CurrentUserGate>
        </BrowserRouter>
      </ApiClientProvider>
    </QueryClientProvider>
  );
}

export function App({ config }: { config: RuntimeConfig }) {
  const [settings] = useState(() => oidcSettings(config));
  return (
    <LocalizedConfigProvider>
      <AuthProvider {...settings}>
        <AuthGate>
          <SignedInApp config={config} />
        </AuthGate>
      </AuthProvider>
    </LocalizedConfigProvider>
  );
}

import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import { vi } from 'vitest';
import { AppRoutes } from '../app/AppRoutes';
import { AppShell } from '../app/AppShell';
import { LocalizedConfigProvider } from '../app/LocalizedConfigProvider';
import { CurrentUserGate } from '../shared/me/CurrentUser';
import { ApiClientProvider } from '../shared/api/ApiClientProvider';
import { createApiClient } from '../shared/api/client';
import { createQueryClient } from '../shared/api/queryClient';

export function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

export function currentLocation(): string {
  return document.querySelector('[data-testid="location"]')?.textContent ?? '';
}

export function currentSearchParams(): URLSearchParams {
  return new URLSearchParams(currentLocation().split('?')[1] ?? '');
}

interface RenderOptions {
  route?: string;
  children?: ReactNode;
}

/** The signed-in app as the browser shows it, minus OIDC: GET /me and the API answer from msw. */
export function renderApp({ route = '/', children }: RenderOptions = {}) {
  const queryClient = createQueryClient({ retry: false });
  const apiClient = createApiClient({ baseUrl: '', getAccessToken: () => 'test-token' });
  const onSignOut = vi.fn();
  const result = render(
    <LocalizedConfigProvider>
      <QueryClientProvider client={queryClient}>
        <ApiClientProvider client={apiClient}>
          <MemoryRouter initialEntries={[route]}>
            <LocationProbe />
            <CurrentUserGate>{children ?? <AppRoutes shell={<AppShell onSignOut={onSignOut} />} />}</CurrentUserGate>
          </MemoryRouter>
        </ApiClientProvider>
      </QueryClientProvider>
    </LocalizedConfigProvider>,
  );
  return { ...result, queryClient, onSignOut };
}

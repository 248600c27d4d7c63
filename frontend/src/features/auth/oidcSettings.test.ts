import { describe, expect, it, vi } from 'vitest';
import { oidcSettings } from './oidcSettings';
import { loadRuntimeConfig, RuntimeConfigError } from '../../shared/config/runtimeConfig';

const respond = (body: unknown, status = 200) => vi.fn(async () => new Response(JSON.stringify(body), { status }));

describe('runtime configuration', () => {
  it('reads /config.json and trims a trailing slash of the API base', async () => {
    const fetchConfig = respond({ oidcAuthority: 'http://kc/realms/opora', oidcClientId: 'opora-spa', apiBaseUrl: 'https://api.example/' });
    await expect(loadRuntimeConfig(fetchConfig)).resolves.toEqual({
      oidcAuthority: 'http://kc/realms/opora',
      oidcClientId: 'opora-spa',
      apiBaseUrl: 'https://api.example',
    });
    expect(fetchConfig).toHaveBeenCalledWith('/config.json', { cache: 'no-store' });
  });

  it('refuses an incomplete or missing file', async () => {
    await expect(loadRuntimeConfig(respond({ oidcClientId: 'opora-spa' }))).rejects.toBeInstanceOf(RuntimeConfigError);
    await expect(loadRuntimeConfig(respond({}, 404))).rejects.toBeInstanceOf(RuntimeConfigError);
    await expect(loadRuntimeConfig(vi.fn(async () => Promise.reject(new TypeError('offline'))))).rejects.toBeInstanceOf(RuntimeConfigError);
  });

  it('signs in with the authorization code flow and returns to the page the user asked for', async () => {
    const settings = oidcSettings({ oidcAuthority: 'http://kc/realms/opora', oidcClientId: 'opora-spa', apiBaseUrl: '' }, 'http://localhost:4173');
    expect(settings).toMatchObject({ authority: 'http://kc/realms/opora', client_id: 'opora-spa', response_type: 'code', redirect_uri: 'http://localhost:4173/' });
    window.history.replaceState({}, '', '/?code=abc&state=xyz');
    await settings.onSigninCallback?.({ state: { returnTo: '/schools?page=2' } } as never);
    expect(window.location.pathname + window.location.search).toBe('/schools?page=2');
    for (const foreign of ['https://evil.example/', '//evil.example/']) {
      window.history.replaceState({}, '', '/?code=abc&state=xyz');
      await settings.onSigninCallback?.({ state: { returnTo: foreign } } as never);
      expect(window.location.pathname + window.location.search).toBe('/');
    }
  });
});

export interface RuntimeConfig {
  oidcAuthority: string;
  oidcClientId: string;
  /** Empty means the API is served from the SPA's own origin. */
  apiBaseUrl: string;
}

export class RuntimeConfigError extends Error {}

export async function loadRuntimeConfig(fetchImpl: typeof fetch = fetch): Promise<RuntimeConfig> {
  let response: Response;
  try {
    response = await fetchImpl('/config.json', { cache: 'no-store' });
  } catch (cause) {
    throw new RuntimeConfigError('config.json unreachable', { cause });
  }
  if (!response.ok) throw new RuntimeConfigError(`config.json answered ${response.status}`);
  const raw = (await response.json()) as Partial<RuntimeConfig>;
  if (!raw.oidcAuthority || !raw.oidcClientId) {
    throw new RuntimeConfigError('config.json lacks oidcAuthority or oidcClientId');
  }
  return {
    oidcAuthority: raw.oidcAuthority,
    oidcClientId: raw.oidcClientId,
    apiBaseUrl: (raw.apiBaseUrl ?? '').replace(/\/+$/, ''),
  };
}

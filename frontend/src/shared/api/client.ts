import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths } from './schema';

export type ApiClient = Client<paths>;

export interface ApiClientOptions {
  /** Origin (and optional prefix) in front of the generated `/api/v1/...` paths; empty = own origin. */
  baseUrl: string;
  getAccessToken: () => string | undefined;
}

export function createApiClient({ baseUrl, getAccessToken }: ApiClientOptions): ApiClient {
  const client = createClient<paths>({
    baseUrl: baseUrl || globalThis.location?.origin || '',
    // Resolved per call (not captured once) so request interceptors such as msw see every request.
    fetch: (request) => globalThis.fetch(request),
  });
  const bearer: Middleware = {
    onRequest({ request }) {
      const token = getAccessToken();
      if (token) request.headers.set('Authorization', `Bearer ${token}`);
      return request;
    },
  };
  client.use(bearer);
  return client;
}

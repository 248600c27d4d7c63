import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { api, problem, server } from '../../test/server';
import { createApiClient } from './client';
import { ApiError, ConnectionError, errorKind, unwrap } from './errors';

const client = createApiClient({ baseUrl: '', getAccessToken: () => 'token-123' });

describe('unwrap over the generated client', () => {
  it('returns the body and sends the bearer token', async () => {
    let authorization: string | null = null;
    server.use(
      http.get(api('/regions'), ({ request }) => {
        authorization = request.headers.get('Authorization');
        return HttpResponse.json([{ id: 1, code: '58', name: 'Пензенская область', municipalityCount: 1, schoolCount: 2 }]);
      }),
    );
    const regions = await unwrap(client.GET('/api/v1/regions'));
    expect(regions[0].name).toBe('Пензенская область');
    expect(authorization).toBe('Bearer token-123');
  });

  it('throws ApiError carrying the problem+json body', async () => {
    server.use(http.get(api('/schools/:id'), () => problem(404, { title: 'Not Found', detail: 'Школа не найдена' })));
    const failure = await unwrap(client.GET('/api/v1/schools/{schoolId}', { params: { path: { schoolId: 5 } } })).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).status).toBe(404);
    expect((failure as ApiError).problem.detail).toBe('Школа не найдена');
    expect(errorKind(failure)).toBe('notFound');
  });

  it('throws ConnectionError when the network fails', async () => {
    server.use(http.get(api('/me'), () => HttpResponse.error()));
    const failure = await unwrap(client.GET('/api/v1/me')).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ConnectionError);
    expect(errorKind(failure)).toBe('connection');
  });

  it('classifies statuses', () => {
    expect(errorKind(new ApiError(403, undefined))).toBe('forbidden');
    expect(errorKind(new ApiError(409, { type: 'urn:opora:problem:conflict', title: 'Конфликт', status: 409 }))).toBe('conflict');
    expect(errorKind(new ApiError(409, { type: 'urn:opora:problem:stale-version', title: 'Данные изменились', status: 409 }))).toBe('stale');
    expect(errorKind(new ApiError(400, undefined))).toBe('validation');
    expect(errorKind(new ApiError(503, undefined))).toBe('unavailable');
    expect(errorKind(new Error('boom'))).toBe('other');
  });
});

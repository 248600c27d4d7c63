import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import type { Me } from '../shared/api/types';
import { kamensky, meMinistry, nikolskSchool1, nikolskSchool1History, nikolsky, penza, schoolPage } from './fixtures/data';

/** msw patterns: the client prefixes the page origin, so match any origin. */
export const api = (path: string) => `*/api/v1${path}`;

export function problem(status: number, body: Record<string, unknown> = {}) {
  return HttpResponse.json({ status, title: `HTTP ${status}`, ...body }, { status, headers: { 'Content-Type': 'application/problem+json' } });
}

export function meHandler(me: Me) {
  return http.get(api('/me'), () => HttpResponse.json(me));
}

export const defaultHandlers = [
  meHandler(meMinistry),
  // The menu counts what waits for the caller on every page; nothing waits unless a test says so.
  http.get(api('/attention'), () => HttpResponse.json({ asOf: '2026-12-05', total: 0, overdue: 0, counts: [], items: [] })),
  http.get(api('/roadmap-directions'), () =>
    HttpResponse.json([
      { code: '1.2', area: 'Управление качеством образовательных результатов', name: 'Система работы со школами с низкими результатами обучения' },
    ]),
  ),
  http.get(api('/regions'), () => HttpResponse.json([penza])),
  http.get(api('/regions/:regionId'), () => HttpResponse.json(penza)),
  http.get(api('/regions/:regionId/municipalities'), () => HttpResponse.json([nikolsky, kamensky])),
  http.get(api('/schools'), ({ request }) => {
    const url = new URL(request.url);
    return HttpResponse.json(schoolPage(42, Number(url.searchParams.get('page') ?? 1), Number(url.searchParams.get('size') ?? 20)));
  }),
  http.get(api('/schools/:schoolId'), ({ params }) =>
    Number(params.schoolId) === nikolskSchool1.id ? HttpResponse.json(nikolskSchool1) : problem(404, { title: 'Not Found' }),
  ),
  http.get(api('/schools/:schoolId/history'), ({ params }) =>
    Number(params.schoolId) === nikolskSchool1.id ? HttpResponse.json(nikolskSchool1History) : problem(404, { title: 'Not Found' }),
  ),
];

export const server = setupServer(...defaultHandlers);

import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { meMinistry, schoolPage } from '../../test/fixtures/data';
import { renderApp } from '../../test/render';
import { api, problem, server } from '../../test/server';

describe('error pages', () => {
  it('offers «Повторить» when the backend is unreachable and recovers', async () => {
    let calls = 0;
    server.use(
      http.get(api('/me'), () => {
        calls += 1;
        return calls === 1 ? HttpResponse.error() : HttpResponse.json(meMinistry);
      }),
    );
    renderApp({ route: '/regions' });
    expect(await screen.findByText('Нет связи с сервером')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Повторить/ }));
    expect(await screen.findByText('Пензенская область')).toBeInTheDocument();
    expect(calls).toBe(2);
  });

  it('shows the lost-connection page when a list fails mid-session', async () => {
    let fail = true;
    server.use(http.get(api('/schools'), () => (fail ? HttpResponse.error() : HttpResponse.json(schoolPage(3)))));
    renderApp({ route: '/schools' });
    expect(await screen.findByText('Нет связи с сервером')).toBeInTheDocument();
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: /Повторить/ }));
    expect(await screen.findByText('Всего: 3 школы', { selector: '[data-testid="schools-total"]' })).toBeInTheDocument();
  });

  it('shows «Не найдено» for a school outside the scope (404)', async () => {
    renderApp({ route: '/schools/999' });
    expect(await screen.findByText('Не найдено')).toBeInTheDocument();
  });

  it('shows «Нет доступа» for a 403', async () => {
    server.use(http.get(api('/regions'), () => problem(403, { title: 'Forbidden' })));
    renderApp({ route: '/regions' });
    expect(await screen.findByText('Нет доступа')).toBeInTheDocument();
  });

  it('shows «Не найдено» for an unknown address', async () => {
    renderApp({ route: '/no/such/page' });
    expect(await screen.findByText('Не найдено')).toBeInTheDocument();
  });

  it('shows a service-unavailable page with retry for 503', async () => {
    server.use(http.get(api('/me'), () => problem(503)));
    renderApp({ route: '/regions' });
    expect(await screen.findByText('Сервис временно недоступен')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Повторить/ })).toBeInTheDocument();
  });
});

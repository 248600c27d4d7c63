import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { meSchool } from '../../test/fixtures/data';
import { schoolAttention } from '../../test/fixtures/support';
import { renderApp } from '../../test/render';
import { api, meHandler, server } from '../../test/server';

describe('«Требует внимания»', () => {
  it('is the home page: what waits for the school, overdue first, each with its date and link, counted in the menu', async () => {
    server.use(meHandler(meSchool), http.get(api('/attention'), () => HttpResponse.json(schoolAttention)));
    renderApp({ route: '/' });
    expect(await screen.findByRole('heading', { name: 'Требует внимания' })).toBeInTheDocument();
    expect(await screen.findByTestId('attention-total')).toHaveTextContent('2 пункта, из них 1 просрочен');
    const items = screen.getAllByTestId('attention-item');
    expect(items).toHaveLength(2);
    expect(within(items[0]).getByText('Исполнить решение заседания')).toBeInTheDocument();
    expect(within(items[0]).getByText('Просрочено')).toBeInTheDocument();
    expect(within(items[0]).getByText('срок 30.10.2025')).toBeInTheDocument();
    expect(within(items[0]).getByRole('link', { name: 'Разместить на сайте отчёт о выполнении дорожной карты.' })).toHaveAttribute(
      'href',
      '/meetings/70?decision=702',
    );
    expect(within(items[1]).getByRole('link', { name: 'Разработать программу повышения качества образования.' })).toHaveAttribute(
      'href',
      '/recommendations/90',
    );
    const menu = await screen.findByRole('menu');
    expect(within(menu).getByText('Требует внимания · 2')).toBeInTheDocument();
  });

  it('says so when nothing waits', async () => {
    server.use(meHandler(meSchool));
    renderApp({ route: '/' });
    expect(await screen.findByText('Ничего не ждёт: все сроки соблюдены.')).toBeInTheDocument();
  });
});

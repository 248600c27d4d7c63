import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { meSchool } from '../../test/fixtures/data';
import { recommendation } from '../../test/fixtures/support';
import { renderApp } from '../../test/render';
import { api, meHandler, server } from '../../test/server';

describe('a recommendation', () => {
  // Typing into antd's modal takes long on a loaded machine: a minute, not the default 20 s.
  it('shows the addressee the actions the server allows and sends its answer with the version it read', { timeout: 60_000 }, async () => {
    const sent: unknown[] = [];
    server.use(
      meHandler(meSchool),
      http.get(api('/recommendations/90'), () => HttpResponse.json(recommendation())),
      http.get(api('/recommendations/90/history'), () => HttpResponse.json([])),
      http.post(api('/recommendations/90/transitions'), async ({ request }) => {
        sent.push(await request.json());
        return HttpResponse.json(recommendation({ status: 'ANSWERED', answer: 'Программа в работе', allowed: ['COMPLETE'], version: 5 }));
      }),
    );
    renderApp({ route: '/recommendations/90' });
    expect(await screen.findByText('Разработать программу повышения качества образования.', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByText('Просрочено')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ответить' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Отчитаться об исполнении' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Изменить' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Отозвать' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Ответить' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText('Ответ'), 'Программа в работе');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ответить' }));
    await waitFor(() => expect(sent).toEqual([{ action: 'ANSWER', version: 4, text: 'Программа в работе', evidence: [] }]));
  });

  it('offers nothing once the server allows nothing', async () => {
    server.use(
      meHandler(meSchool),
      http.get(api('/recommendations/90'), () =>
        HttpResponse.json(recommendation({ status: 'DONE', overdue: false, allowed: [], doneText: 'Программа утверждена' })),
      ),
      http.get(api('/recommendations/90/history'), () => HttpResponse.json([])),
    );
    renderApp({ route: '/recommendations/90' });
    expect(await screen.findByText('Программа утверждена', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ответить' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Отчитаться об исполнении' })).not.toBeInTheDocument();
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { meMunicipality, meSchool } from '../../test/fixtures/data';
import { decision, signedMeeting } from '../../test/fixtures/support';
import { renderApp } from '../../test/render';
import { api, meHandler, problem, server } from '../../test/server';

describe('a meeting protocol', () => {
  // Typing into antd's modal takes long on a loaded machine: a minute, not the default 20 s.
  it('shows the protocol as the document reads and lets the executor report a decision done with evidence', { timeout: 60_000 }, async () => {
    const sent: unknown[] = [];
    server.use(
      meHandler(meSchool),
      http.get(api('/meetings/70'), () => HttpResponse.json(signedMeeting())),
      http.post(api('/decisions/702/completion'), async ({ request }) => {
        sent.push(await request.json());
        return HttpResponse.json(decision({ status: 'DONE', overdue: false, allowed: [], doneText: 'Размещено', doneAt: '2026-12-05T10:00:00Z', doneBy: 'school.nikolsk1' }));
      }),
    );
    renderApp({ route: '/meetings/70?decision=702' });
    expect(await screen.findByRole('heading', { name: 'ПРОТОКОЛ' })).toBeInTheDocument();
    expect(screen.getByText('Голосовали единогласно.')).toBeInTheDocument();
    const lines = screen.getAllByTestId('decision');
    expect(lines).toHaveLength(2);
    expect(within(lines[0]).getByText('без срока')).toBeInTheDocument();
    expect(within(lines[1]).getByTestId('decision-status')).toHaveTextContent('Не исполнено · Просрочено');
    expect(screen.queryByRole('button', { name: 'Подписать протокол' })).not.toBeInTheDocument();

    await userEvent.click(within(lines[1]).getByRole('button', { name: 'Отчитаться об исполнении' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText('Что сделано'), 'Отчёт размещён на сайте');
    await userEvent.type(within(dialog).getByLabelText('Ссылка на документ или публикацию 1'), 'https://school.example/otchet');
    await userEvent.type(within(dialog).getByLabelText('Название документа 1'), 'Отчёт на сайте');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Отчитаться об исполнении' }));
    await waitFor(() =>
      expect(sent).toEqual([
        { doneText: 'Отчёт размещён на сайте', evidence: [{ url: 'https://school.example/otchet', title: 'Отчёт на сайте' }], version: 3 },
      ]),
    );
  });

  it('shows the owner the actions its draft allows and the server refusal of a sign', async () => {
    const draft = { ...signedMeeting(), status: 'DRAFT' as const, signedAt: null, signedBy: null, allowed: ['EDIT', 'SIGN', 'DELETE'] as ('EDIT' | 'SIGN' | 'DELETE')[] };
    server.use(
      meHandler(meMunicipality),
      http.get(api('/meetings/70'), () => HttpResponse.json(draft)),
      http.post(api('/meetings/70/transitions'), () =>
        problem(409, { title: 'Конфликт', detail: 'Заседание назначено на 2026-12-15 и ещё не состоялось.' }),
      ),
    );
    renderApp({ route: '/meetings/70' });
    expect(await screen.findByRole('button', { name: 'Редактировать протокол' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Удалить черновик' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Исправить (новая редакция)' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Подписать протокол' }));
    const confirm = await screen.findByRole('dialog');
    await userEvent.click(within(confirm).getByRole('button', { name: 'Подписать протокол' }));
    expect(await screen.findByText('Заседание назначено на 2026-12-15 и ещё не состоялось.')).toBeInTheDocument();
  });
});

import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { meMunicipality } from '../../test/fixtures/data';
import { nikolskRoadmap, roadmapPage, submittedReport } from '../../test/fixtures/roadmaps';
import { renderApp } from '../../test/render';
import { api, meHandler, problem, server } from '../../test/server';

describe('roadmap list', () => {
  it('shows overdue measures and reports in red with Russian plurals and filters on the server', async () => {
    const requests: URLSearchParams[] = [];
    server.use(
      http.get(api('/roadmaps'), ({ request }) => {
        requests.push(new URL(request.url).searchParams);
        return HttpResponse.json(roadmapPage([nikolskRoadmap, { ...nikolskRoadmap, id: 8, title: 'Без просрочек', overdueItems: 0, overdueReports: 0 }]));
      }),
    );
    renderApp({ route: '/roadmaps' });
    expect(await screen.findByRole('link', { name: 'Дорожная карта Никольского района' })).toBeInTheDocument();
    expect(screen.getByText('2 просроченных мероприятия')).toBeInTheDocument();
    expect(screen.getByText('1 отчёт не сдан в срок')).toBeInTheDocument();
    expect(screen.getByTestId('roadmaps-total')).toHaveTextContent('2 дорожные карты');
    expect(screen.getAllByText('2025–2026')).toHaveLength(2);

    await userEvent.click(screen.getByRole('checkbox', { name: 'Только с просрочками' }));
    await waitFor(() => expect(requests.at(-1)?.get('hasOverdue')).toBe('true'));
  });
});

describe('report review', () => {
  it('lets the reviewer see the evidence and accept a submitted report', async () => {
    let decision: unknown;
    server.use(
      meHandler({ ...meMunicipality, role: 'MINISTRY' }),
      http.get(api('/roadmaps/7/reports/2026-Q3'), () =>
        HttpResponse.json(decision ? submittedReport({ status: 'ACCEPTED', allowed: ['REVIEW'] }) : submittedReport()),
      ),
      http.post(api('/roadmaps/7/reports/2026-Q3/review'), async ({ request }) => {
        decision = await request.json();
        return HttpResponse.json(submittedReport({ status: 'ACCEPTED' }));
      }),
    );
    renderApp({ route: '/roadmaps/7/reports/2026-Q3' });
    expect(await screen.findByRole('heading', { name: 'Отчёт о выполнении за III квартал 2026 г.' })).toBeInTheDocument();
    expect(screen.getByDisplayValue('https://nikolsk-edu.ru/docs/protokol-3.pdf')).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Сдать отчёт' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Принять' }));
    await waitFor(() => expect(decision).toEqual({ decision: 'ACCEPT', version: 3 }));
    expect(await screen.findByText('Принят', { selector: '[data-testid="report-status"]' })).toBeInTheDocument();
  });

  it('requires a comment to return a report and shows the server refusal', async () => {
    let calls = 0;
    server.use(
      http.get(api('/roadmaps/7/reports/2026-Q3'), () => HttpResponse.json(submittedReport())),
      http.post(api('/roadmaps/7/reports/2026-Q3/review'), () => {
        calls++;
        return problem(409, { type: 'urn:opora:problem:stale-version', detail: 'Запись уже изменил другой пользователь' });
      }),
    );
    renderApp({ route: '/roadmaps/7/reports/2026-Q3' });
    await userEvent.click(await screen.findByRole('button', { name: 'Вернуть на доработку' }));
    await screen.findByRole('dialog');
    await userEvent.click(screen.getAllByRole('button', { name: 'Вернуть на доработку' }).at(-1)!);
    await waitFor(() => expect(screen.getByLabelText('Что нужно исправить')).toHaveAttribute('aria-invalid', 'true'));
    expect(calls).toBe(0);
    await userEvent.type(screen.getByLabelText('Что нужно исправить'), 'Приложите протокол');
    await userEvent.click(screen.getAllByRole('button', { name: 'Вернуть на доработку' }).at(-1)!);
    expect(await screen.findByText('Запись уже изменил другой пользователь', { exact: false })).toBeInTheDocument();
    expect(calls).toBe(1);
  });

  it('lets the owner fill and save an item with an evidence link', async () => {
    let saved: unknown;
    const draft = submittedReport({ status: null, version: null, allowed: ['TRANSITION', 'REPORT'] });
    draft.items[0] = { ...draft.items[0], status: null, doneText: null, evidence: [], version: null };
    server.use(
      http.get(api('/roadmaps/7/reports/2026-Q3'), () => HttpResponse.json(draft)),
      http.put(api('/roadmaps/7/reports/2026-Q3/items/70'), async ({ request }) => {
        saved = await request.json();
        return HttpResponse.json(draft.items[0]);
      }),
    );
    renderApp({ route: '/roadmaps/7/reports/2026-Q3' });
    expect(await screen.findByText('обязательно для сдачи')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('combobox'));
    await userEvent.click(await screen.findByTitle('Выполнено'));
    await userEvent.type(screen.getByLabelText('Что сделано'), 'Проведено совещание');
    await userEvent.click(screen.getByRole('button', { name: /Добавить ссылку/ }));
    await userEvent.type(screen.getByLabelText('Ссылка'), 'https://nikolsk-edu.ru/p.pdf');
    await userEvent.type(screen.getByLabelText('Название документа'), 'Протокол');
    await userEvent.click(screen.getByRole('button', { name: 'Сохранить' }));
    await waitFor(() =>
      expect(saved).toMatchObject({
        status: 'DONE',
        doneText: 'Проведено совещание',
        evidence: [{ url: 'https://nikolsk-edu.ru/p.pdf', title: 'Протокол' }],
      }),
    );
  });
});

describe('export file names', () => {
  it('prefers the UTF-8 name the server offers', async () => {
    const { fileNameOf } = await import('./ExportButtons');
    expect(fileNameOf(`attachment; filename="_____.docx"; filename*=UTF-8''%D0%9E%D1%82%D1%87%D1%91%D1%82%202025-Q1.docx`, 'x')).toBe(
      'Отчёт 2025-Q1.docx',
    );
    expect(fileNameOf('attachment; filename="plan.xlsx"', 'x')).toBe('plan.xlsx');
    expect(fileNameOf(null, 'roadmap-7.docx')).toBe('roadmap-7.docx');
  });
});

describe('import wizard', () => {
  it('shows every row problem of the dry run and does not offer to load a file with errors', async () => {
    const { ImportModal } = await import('./ImportModal');
    const { render } = await import('@testing-library/react');
    const { QueryClientProvider } = await import('@tanstack/react-query');
    const { ApiClientProvider } = await import('../../shared/api/ApiClientProvider');
    const { createApiClient } = await import('../../shared/api/client');
    const { createQueryClient } = await import('../../shared/api/queryClient');
    const { LocalizedConfigProvider } = await import('../../app/LocalizedConfigProvider');
    const dryRuns: string[] = [];
    server.use(
      http.post(api('/roadmaps/7/import'), ({ request }) => {
        dryRuns.push(new URL(request.url).searchParams.get('dryRun') ?? '');
        return HttpResponse.json({
          dryRun: true,
          committed: false,
          sectionsCreated: 1,
          itemsCreated: 2,
          errorCount: 1,
          rows: [
            { row: 3, kind: 'SECTION', number: null, title: '3. Методический блок', timeframe: null, errors: [], warnings: [] },
            { row: 4, kind: 'ITEM', number: '3.1', title: 'Семинар', timeframe: '2027 год', errors: ['сроки «2027 год» вне периода дорожной карты 2025–2026'], warnings: [] },
            { row: 5, kind: 'ITEM', number: '3.2', title: 'Консультации', timeframe: 'по согласованию', errors: [], warnings: ['сроки не распознаны'] },
          ],
        });
      }),
    );
    render(
      <LocalizedConfigProvider>
        <QueryClientProvider client={createQueryClient({ retry: false })}>
          <ApiClientProvider client={createApiClient({ baseUrl: '', getAccessToken: () => 't' })}>
            <ImportModal roadmapId={7} open onClose={() => undefined} />
          </ApiClientProvider>
        </QueryClientProvider>
      </LocalizedConfigProvider>,
    );
    const input = document.querySelector('input[type="file"]') as HTMLInputElement;
    await userEvent.upload(input, new File(['x'], 'plan.xlsx'));
    await userEvent.click(screen.getByRole('button', { name: 'Проверить' }));
    expect(await screen.findByText('сроки «2027 год» вне периода дорожной карты 2025–2026')).toBeInTheDocument();
    expect(screen.getByText('сроки не распознаны')).toBeInTheDocument();
    expect(screen.getByText('Блоков: 1, мероприятий: 2, строк с ошибками: 1')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Загрузить' })).toBeDisabled();
    expect(dryRuns).toEqual(['true']);
  });
});

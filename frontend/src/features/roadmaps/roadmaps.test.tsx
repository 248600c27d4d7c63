import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { meMunicipality } from '../../test/fixtures/data';
import { nikolskRoadmap, roadmapPage, submittedReport } from '../../test/fixtures/roadmaps';
import { renderApp } from '../../test/render';
import type { RoadmapPermission } from '../../shared/api/types';
import { api, meHandler, problem, server } from '../../test/server';

function regionalRoadmap() {
  return {
    ...nikolskRoadmap,
    id: 5,
    level: 'REGION' as const,
    title: 'Комплекс мер Пензенской области',
    owner: { type: 'REGION' as const, id: 1, name: 'Министерство образования Пензенской области' },
    goal: null,
    tasks: null,
    reportDueDay: 5,
    document: { kind: 'Приказ', number: '112/01-07', date: '2025-01-22', authority: 'Министерство образования Пензенской области' },
    revisionReason: null,
    parent: null,
    periods: [],
    asOf: '2026-11-24',
    childrenCount: 0,
    allowed: ['CASCADE'] as RoadmapPermission[],
    version: 4,
    updatedAt: '2026-01-01T00:00:00Z',
    updatedBy: 'ministry.penza',
    sections: [
      {
        id: 50,
        position: 1,
        title: '1. Управленческий блок',
        version: 0,
        items: ['1.1', '1.2'].map((number, i) => ({
          id: 500 + i,
          sectionId: 50,
          position: i + 1,
          number,
          title: `Мероприятие ${number}`,
          timeframe: 'март 2025',
          wholePeriod: false,
          windows: [{ from: '2025-03-01', to: '2025-03-31' }],
          executors: 'МОУО',
          executorOrganisations: [],
          expectedResult: null,
          plannedIndicator: null,
          plannedValue: null,
          parentItem: null,
          lastStatus: null,
          overdue: false,
          childProgress: null,
          version: 0,
        })),
      },
    ],
  };
}

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
    const direction = screen.getByText('Направление', { selector: '.ant-select-placeholder, .ant-select-selection-placeholder' });
    await userEvent.click(direction.closest('.ant-select') as HTMLElement);
    await userEvent.click(await screen.findByTitle('1.2 Система работы со школами с низкими результатами обучения'));
    await waitFor(() => expect(requests.at(-1)?.get('direction')).toBe('1.2'));
    expect(requests.at(-1)?.get('hasOverdue')).toBe('true');
  });
});

describe('report review', () => {
  it('lets the reviewer see the evidence and accept a submitted report', async () => {
    let decision: unknown;
    server.use(
      meHandler({ ...meMunicipality, role: 'MINISTRY' }),
      http.get(api('/roadmaps/7/reports/2026-Q3'), () =>
        HttpResponse.json(decision ? submittedReport({ status: 'ACCEPTED', allowed: [] }) : submittedReport({ overdue: true })),
      ),
      http.post(api('/roadmaps/7/reports/2026-Q3/review'), async ({ request }) => {
        decision = await request.json();
        return HttpResponse.json(submittedReport({ status: 'ACCEPTED' }));
      }),
    );
    renderApp({ route: '/roadmaps/7/reports/2026-Q3' });
    expect(await screen.findByRole('heading', { name: 'Отчёт о выполнении за III квартал 2026 г.' })).toBeInTheDocument();
    // The reviewer reads a table: no field to fill, no owner's button, no owner's hint.
    const table = screen.getByTestId('report-table');
    expect(within(table).getByRole('link', { name: 'Протокол № 3' })).toHaveAttribute('href', 'https://nikolsk-edu.ru/docs/protokol-3.pdf');
    expect(within(table).getByText('Проведено совещание 12.09.2026')).toBeInTheDocument();
    expect(screen.queryAllByRole('textbox')).toHaveLength(0);
    expect(screen.queryByRole('button', { name: 'Сдать отчёт' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Сохранить отчёт' })).not.toBeInTheDocument();
    expect(screen.getByTestId('report-overdue')).toHaveTextContent('Просрочен');
    expect(screen.getByTestId('report-due')).toHaveTextContent('05.10.2026');

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

  it('lets the owner fill the report and save it with one button, submission shown with what is missing', async () => {
    let saved: unknown;
    const draft = submittedReport({
      status: null,
      version: null,
      actor: 'OWNER',
      allowed: ['SAVE'],
      missing: [{ field: 'items[1.1]', message: 'нет отчёта по мероприятию 1.1: оно начинается не позже конца периода' }],
    });
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
    // «Сдать отчёт» is there before anything is saved; the server says it cannot be done yet, and why.
    expect(screen.getByRole('button', { name: 'Сдать отчёт' })).toBeDisabled();
    expect(screen.getByTestId('report-missing')).toHaveTextContent('нет отчёта по мероприятию 1.1');
    expect(screen.queryByTestId('report-overdue')).not.toBeInTheDocument();
    // One save for the whole report, no save per item.
    expect(screen.queryByRole('button', { name: 'Сохранить' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('combobox'));
    await userEvent.click(await screen.findByTitle('Выполнено'));
    await userEvent.type(screen.getByLabelText('Что сделано'), 'Проведено совещание');
    await userEvent.click(screen.getByRole('button', { name: /Добавить ссылку/ }));
    await userEvent.type(screen.getByLabelText('Ссылка'), 'https://nikolsk-edu.ru/p.pdf');
    await userEvent.type(screen.getByLabelText('Название документа'), 'Протокол');
    await userEvent.click(screen.getByRole('button', { name: 'Сохранить отчёт' }));
    await waitFor(() =>
      expect(saved).toMatchObject({
        status: 'DONE',
        doneText: 'Проведено совещание',
        evidence: [{ url: 'https://nikolsk-edu.ru/p.pdf', title: 'Протокол' }],
      }),
    );
  });

  it('lets the owner submit when the server allows it', async () => {
    let submitted: unknown;
    server.use(
      http.get(api('/roadmaps/7/reports/2026-Q3'), () =>
        HttpResponse.json(submittedReport({ status: 'DRAFT', actor: 'OWNER', allowed: ['SAVE', 'SUBMIT'] })),
      ),
      http.post(api('/roadmaps/7/reports/2026-Q3/submission'), async ({ request }) => {
        submitted = await request.json();
        return HttpResponse.json(submittedReport({ actor: 'OWNER', allowed: [] }));
      }),
    );
    renderApp({ route: '/roadmaps/7/reports/2026-Q3' });
    const submit = await screen.findByRole('button', { name: 'Сдать отчёт' });
    expect(submit).toBeEnabled();
    expect(screen.queryByTestId('report-missing')).not.toBeInTheDocument();
    await userEvent.click(submit);
    await waitFor(() => expect(submitted).toEqual({ version: 3 }));
  });

  it('shows a reader a report not yet submitted without telling them to fill it', async () => {
    server.use(
      http.get(api('/roadmaps/7/reports/2026-Q3'), () =>
        HttpResponse.json(submittedReport({ status: null, version: null, actor: 'REVIEWER', allowed: [], overdue: true })),
      ),
    );
    renderApp({ route: '/roadmaps/7/reports/2026-Q3' });
    expect(await screen.findByText('Отчёт ещё не сдан.')).toBeInTheDocument();
    expect(screen.queryByText('Отчёт ещё не начат: заполните мероприятия и сдайте отчёт.')).not.toBeInTheDocument();
    expect(screen.queryAllByRole('textbox')).toHaveLength(0);
    expect(screen.queryByRole('button', { name: 'Принять' })).not.toBeInTheDocument();
    expect(screen.getByTestId('report-overdue')).toBeInTheDocument();
  });

  it('offers review only while allowed has REVIEW, whatever the status says', async () => {
    server.use(http.get(api('/roadmaps/7/reports/2026-Q3'), () => HttpResponse.json(submittedReport({ allowed: [] }))));
    renderApp({ route: '/roadmaps/7/reports/2026-Q3' });
    expect(await screen.findByTestId('report-table')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Принять' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Вернуть на доработку' })).not.toBeInTheDocument();
  });
});

describe('roadmap status changes', () => {
  it('shows exactly the transitions allowed names, not what the status suggests', async () => {
    const moves: unknown[] = [];
    server.use(
      meHandler({ ...meMunicipality, role: 'MINISTRY' }),
      http.get(api('/roadmaps/5'), () =>
        HttpResponse.json({ ...regionalRoadmap(), status: 'IN_EXECUTION', allowed: ['START', 'ARCHIVE'] }),
      ),
      http.get(api('/roadmaps/5/history'), () => HttpResponse.json([])),
      http.post(api('/roadmaps/5/transitions'), async ({ request }) => {
        moves.push(await request.json());
        return HttpResponse.json({ ...regionalRoadmap(), status: 'IN_EXECUTION', allowed: [] });
      }),
    );
    renderApp({ route: '/roadmaps/5' });
    expect(await screen.findByRole('button', { name: 'Начать исполнение' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'В архив' })).toBeInTheDocument();
    for (const name of ['Утвердить', 'Завершить', 'Новая редакция']) {
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    }
    await userEvent.click(screen.getByRole('button', { name: 'Начать исполнение' }));
    await waitFor(() => expect(moves).toEqual([{ action: 'START', version: 4 }]));
  });

  it('shows no transition when allowed has none', async () => {
    server.use(
      http.get(api('/roadmaps/5'), () => HttpResponse.json({ ...regionalRoadmap(), status: 'DRAFT', allowed: ['CASCADE'] })),
      http.get(api('/roadmaps/5/history'), () => HttpResponse.json([])),
    );
    renderApp({ route: '/roadmaps/5' });
    expect(await screen.findByRole('heading', { name: 'Комплекс мер Пензенской области' })).toBeInTheDocument();
    for (const name of ['Утвердить', 'Начать исполнение', 'Завершить', 'Новая редакция', 'В архив']) {
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    }
  });
});

describe('export file names', () => {
  it('prefers the UTF-8 name the server offers', async () => {
    const { fileNameOf } = await import('../../shared/files/download');
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


describe('cascade', () => {
  it('creates a municipal roadmap from the chosen regional measures, keeping their links', async () => {
    const regional = regionalRoadmap();
    let created: Record<string, unknown> | undefined;
    server.use(
      meHandler(meMunicipality),
      http.get(api('/roadmaps/5'), () => HttpResponse.json(regional)),
      http.get(api('/roadmaps/5/history'), () => HttpResponse.json([])),
      http.post(api('/roadmaps'), async ({ request }) => {
        created = (await request.json()) as Record<string, unknown>;
        return HttpResponse.json({ ...regional, id: 9, level: 'MUNICIPALITY', allowed: ['EDIT', 'APPROVE', 'ARCHIVE'] }, { status: 201 });
      }),
      http.get(api('/roadmaps/9'), () => HttpResponse.json({ ...regional, id: 9, level: 'MUNICIPALITY', allowed: [] })),
      http.get(api('/roadmaps/9/history'), () => HttpResponse.json([])),
    );
    renderApp({ route: '/roadmaps/5' });
    await userEvent.click(await screen.findByRole('button', { name: 'Создать свою на основе этой' }));
    const dialog = await screen.findByRole('dialog');
    const row = within(dialog).getByText('Мероприятие 1.2').closest('tr') as HTMLElement;
    await userEvent.click(within(row).getByRole('checkbox'));
    await userEvent.click(screen.getByRole('button', { name: 'Далее' }));
    expect(await screen.findByText('Выбрано 1 мероприятие: каждое сохранит ссылку на исходное.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Создать' }));
    await waitFor(() => expect(created).toBeDefined());
    expect({ ...created, title: undefined }).toMatchObject({ parentId: 5, parentItemIds: [501], yearFrom: 2025, yearTo: 2026 });
    expect(String(created?.title)).toContain('Никольский район');
  });
});

describe('parent roadmap', () => {
  it('opens a roadmap whose items carry the progress of the roadmaps that implement them', async () => {
    const regional = regionalRoadmap();
    const parent = {
      ...regional,
      childrenCount: 2,
      sections: regional.sections.map((section) => ({
        ...section,
        items: section.items.map((item) => ({ ...item, childProgress: { implementing: 2, done: 1, notDone: 0 } })),
      })),
    };
    server.use(
      meHandler({ ...meMunicipality, role: 'MINISTRY' }),
      http.get(api('/roadmaps/5'), () => HttpResponse.json(parent)),
      http.get(api('/roadmaps/5/history'), () => HttpResponse.json([])),
    );
    renderApp({ route: '/roadmaps/5' });
    expect(await screen.findByText('Мероприятие 1.1')).toBeInTheDocument();
    expect(screen.getByText('Мероприятие 1.2')).toBeInTheDocument();
    expect(screen.getAllByText('выполнено в 1 из 2')).toHaveLength(2);
    expect(screen.queryByText('Что-то пошло не так')).not.toBeInTheDocument();
  });
});

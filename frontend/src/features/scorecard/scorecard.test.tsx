import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { meMinistry, meMunicipality } from '../../test/fixtures/data';
import { currentLocation, renderApp } from '../../test/render';
import { api, meHandler, problem, server } from '../../test/server';
import type { CriterionCard, Criterion, Mark, MunicipalityScorecard, RegionScorecard, ScorecardCell, Snapshot } from './types';

const YEAR = new Date().getFullYear();
const CRITERIA: [Criterion, string][] = [
  ['ROADMAP', 'Наличие дорожной карты'],
  ['MEASURES', 'Соответствие информации о проведённых мероприятиях содержанию дорожной карты'],
  ['SUPPORT', 'Организация консультационного и методического сопровождения ШНОР'],
  ['MONITORING', 'Проведение мониторинга динамики образовательных результатов ШНОР'],
  ['RECOMMENDATIONS', 'Наличие рекомендаций для ШНОР'],
  ['PUBLICITY', 'Информационное сопровождение мероприятий'],
];

function cells(marks: Mark[], overrides: Partial<Record<Criterion, Partial<ScorecardCell>>> = {}): ScorecardCell[] {
  return CRITERIA.map(([criterion], i) => ({
    criterion,
    mark: marks[i],
    computedMark: marks[i],
    score: null,
    expert: false,
    reviewNeeded: false,
    previousMark: 'NO_DATA',
    ...overrides[criterion],
  }));
}

function region(overrides: Partial<RegionScorecard> = {}): RegionScorecard {
  return {
    regionId: 1,
    regionName: 'Пензенская область',
    year: YEAR,
    previousYear: YEAR - 1,
    asOf: `${YEAR}-12-05`,
    criteria: CRITERIA.map(([criterion, title], i) => ({
      criterion,
      number: i + 1,
      title,
      met: i === 0 ? 14 : 1,
      partly: 0,
      notMet: 1,
      noData: 0,
      total: 22,
      previousMet: i === 0 ? 12 : 0,
      reviewNeeded: i === 2 ? 1 : 0,
      threshold: { met: 80, partly: 50 },
    })),
    municipalities: [
      {
        municipalityId: 11,
        municipalityName: 'Никольский район',
        metCount: 5,
        previousMetCount: 2,
        cells: cells(['MET', 'MET', 'NOT_MET', 'MET', 'MET', 'MET'], {
          SUPPORT: { mark: 'NOT_MET', computedMark: 'MET', expert: true, reviewNeeded: true, previousMark: 'PARTLY' },
        }),
      },
      {
        municipalityId: 12,
        municipalityName: 'Каменский район',
        metCount: 1,
        previousMetCount: 1,
        cells: cells(['MET', 'PARTLY', 'NO_DATA', 'NOT_MET', 'NO_DATA', 'PARTLY']),
      },
    ],
    effectIndicators: [{ id: 7, code: 'VPR_MATH_LOW', name: 'Доля работ ВПР по математике с отметкой «2»', unit: '%', better: 'LOWER' }],
    effectiveness: [
      {
        indicatorCode: 'VPR_MATH_LOW',
        municipalityId: null,
        municipalityName: null,
        programme: { schools: 4, previous: 21.5, current: 18.25, change: -3.25 },
        others: { schools: 30, previous: 10, current: 9.5, change: -0.5 },
        difference: -2.75,
        verdict: 'BETTER',
      },
      {
        indicatorCode: 'VPR_MATH_LOW',
        municipalityId: 11,
        municipalityName: 'Никольский район',
        programme: { schools: 2, previous: 20, current: 17.5, change: -2.5 },
        others: { schools: 9, previous: 11, current: 11, change: 0 },
        difference: -2.5,
        verdict: 'BETTER',
      },
    ],
    allowed: ['EXPORT', 'SNAPSHOT', 'EDIT_SETTINGS'],
    ...overrides,
  };
}

function card(criterion: Criterion, overrides: Partial<CriterionCard> = {}): CriterionCard {
  const index = CRITERIA.findIndex(([c]) => c === criterion);
  return {
    criterion,
    number: index + 1,
    title: CRITERIA[index][1],
    threshold: { met: 80, partly: 50 },
    computed: { mark: 'PARTLY', score: 60, figures: [], reason: null },
    expert: null,
    mark: 'PARTLY',
    reviewNeeded: false,
    previousMark: 'NO_DATA',
    evidence: [],
    allowed: [],
    ...overrides,
  };
}

function municipality(allowed: CriterionCard['allowed'], overrides: Partial<MunicipalityScorecard> = {}): MunicipalityScorecard {
  return {
    municipalityId: 11,
    municipalityName: 'Никольский район',
    regionId: 1,
    year: YEAR,
    previousYear: YEAR - 1,
    asOf: `${YEAR}-12-05`,
    metCount: 1,
    previousMetCount: 0,
    criteria: [
      card('ROADMAP', {
        computed: { mark: 'MET', score: 100, figures: [{ code: 'approved', label: 'Карта утверждена', value: null, outOf: null, text: 'утверждена 15.03' }], reason: null },
        mark: 'MET',
        evidence: [{ kind: 'ROADMAP', objectId: 40, title: 'Дорожная карта Никольского района', period: null, detail: null, url: null }],
        allowed: allowed.includes('SET') ? ['SET'] : [],
      }),
      card('MEASURES', {
        computed: {
          mark: 'PARTLY',
          score: 73.3,
          figures: [{ code: 'done', label: 'Выполнено по отчётам', value: 11, outOf: 15, text: null }],
          reason: 'Четыре мероприятия ни разу не отчитаны',
        },
        expert: {
          id: 900,
          mark: 'MET',
          comment: 'Отчёты за III квартал приняты после проверки сайта МОУО',
          computedMark: 'MET',
          computedScore: 85,
          setAt: `${YEAR}-11-20T09:30:00Z`,
          setBy: 'Иванова Мария Петровна',
          version: 4,
        },
        mark: 'MET',
        reviewNeeded: true,
        evidence: [
          { kind: 'REPORT', objectId: 40, title: 'Отчёт за III квартал', period: `${YEAR}-Q3`, detail: null, url: null },
          { kind: 'LINK', objectId: null, title: 'Приказ МОУО № 112', period: null, detail: null, url: 'https://nikolsk-edu.example/prikaz-112.pdf' },
          { kind: 'RECOMMENDATION', objectId: 77, title: 'Рекомендации по ВПР', period: null, detail: 'ответ получен', url: null },
        ],
        allowed: allowed.includes('CHANGE') ? ['CHANGE'] : [],
      }),
      ...CRITERIA.slice(2).map(([criterion]) => card(criterion, { computed: { mark: 'NO_DATA', score: null, figures: [], reason: 'Нет данных' }, mark: 'NO_DATA' })),
    ],
    effectIndicators: region().effectIndicators,
    effectiveness: region().effectiveness.filter((row) => row.municipalityId === 11),
    ...overrides,
  };
}

function snapshot(overrides: Partial<Snapshot> = {}): Snapshot {
  return {
    id: 5,
    regionId: 1,
    year: YEAR,
    asOf: `${YEAR}-12-05`,
    contentHash: 'ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12',
    municipalities: 22,
    met: 61,
    texts: { context: 'В проекте участвует 51 школа.', problems: 'Нет документов у 8 муниципалитетов.', factors: 'Совещания.', recommendations: 'Разместить документы.' },
    createdAt: `${YEAR}-12-05T10:00:00Z`,
    createdBy: 'Иванова Мария Петровна',
    updatedAt: `${YEAR}-12-05T10:00:00Z`,
    version: 2,
    allowed: ['EDIT_TEXTS', 'DOWNLOAD_NOTE'],
    ...overrides,
  };
}

const regionHandlers = (data: RegionScorecard, snapshots: Snapshot[] = []) => [
  http.get(api(`/regions/1/scorecards/${YEAR}`), () => HttpResponse.json(data)),
  http.get(api(`/regions/1/scorecards/${YEAR}/snapshots`), () => HttpResponse.json(snapshots)),
];

function rowOf(name: string): HTMLElement {
  return screen.getByRole('link', { name }).closest('tr') as HTMLElement;
}

// Whole pages with tables and dialogs: slow on a loaded two-core machine.
describe('region scorecard', () => {
  it('shows the marks, the counts «N из M», the expert and review flags and drills down to the card', async () => {
    server.use(meHandler(meMinistry), ...regionHandlers(region()), http.get(api(`/municipalities/11/scorecards/${YEAR}`), () => HttpResponse.json(municipality([]))));
    renderApp({ route: '/scorecard' });
    expect(await screen.findByRole('heading', { name: 'Оценка муниципальных дорожных карт' })).toBeInTheDocument();
    expect(await screen.findByText('Пензенская область, ' + YEAR + ' год · данные на 05.12.' + YEAR)).toBeInTheDocument();
    expect(screen.getByTestId('met-ROADMAP')).toHaveTextContent('выполнено 14 из 22');
    const nikolsk = rowOf('Никольский район');
    expect(within(nikolsk).getAllByText('Выполнен')).toHaveLength(5);
    // The expert's «не выполнен» over a computed «выполнен», flagged for review.
    expect(within(nikolsk).getByLabelText('Не выполнен (Экспертная оценка)')).toBeInTheDocument();
    expect(within(nikolsk).getByText('Пересмотреть')).toBeInTheDocument();
    expect(nikolsk).toHaveTextContent('2 → 5');
    const kamensk = rowOf('Каменский район');
    expect(within(kamensk).getAllByText('Нет данных')).toHaveLength(2);
    expect(within(kamensk).getAllByText('Частично')).toHaveLength(2);
    // Sorted by name first; by the number of criteria met on request.
    const names = () => screen.getAllByRole('link', { name: /район$/ }).map((link) => link.textContent);
    expect(names()).toEqual(['Каменский район', 'Никольский район']);
    await userEvent.click(screen.getByText(`Выполнено, ${YEAR - 1} → ${YEAR}`));
    await userEvent.click(screen.getByText(`Выполнено, ${YEAR - 1} → ${YEAR}`));
    expect(names()).toEqual(['Никольский район', 'Каменский район']);
    // The effectiveness section: the indicator with its unit, Russian numbers, the region's total and the verdict.
    const effect = screen.getByRole('region', { name: 'Доля работ ВПР по математике с отметкой «2», %' });
    expect(within(effect).getByText('Итого по региону')).toBeInTheDocument();
    expect(within(effect).getByText('21,5 %')).toBeInTheDocument();
    expect(within(effect).getByText('−2,75 %')).toBeInTheDocument();
    expect(within(effect).getAllByText('Лучше остальных')).toHaveLength(2);
    expect(screen.getByRole('button', { name: /Выгрузить в Excel/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Настройки оценки/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Сделать снимок/ })).toBeInTheDocument();

    await userEvent.click(within(nikolsk).getAllByText('Выполнен')[0]);
    await waitFor(() => expect(currentLocation()).toBe(`/municipalities/11/scorecard/${YEAR}`));
    expect(await screen.findByRole('heading', { name: `Никольский район: оценка дорожной карты за ${YEAR} год` })).toBeInTheDocument();
  }, 60_000);

  it('offers export, settings and snapshots only when the server allows them', async () => {
    server.use(meHandler(meMinistry), ...regionHandlers(region({ allowed: [] }), [snapshot({ allowed: [] })]));
    renderApp({ route: '/scorecard' });
    expect(await screen.findByTestId('met-ROADMAP')).toBeInTheDocument();
    expect(await screen.findByText('ab12cd34ef56')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Выгрузить в Excel/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Настройки оценки/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Сделать снимок/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Тексты записки/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Скачать DOCX/ })).not.toBeInTheDocument();
  }, 60_000);

  it('edits the note texts with the snapshot version; a stale version offers to reload and keeps the text', async () => {
    const bodies: unknown[] = [];
    let stale = true;
    server.use(
      meHandler(meMinistry),
      ...regionHandlers(region(), [snapshot()]),
      http.put(api(`/regions/1/scorecards/${YEAR}/snapshots/5`), async ({ request }) => {
        bodies.push(await request.json());
        if (stale) {
          stale = false;
          return problem(409, { type: 'urn:opora:problem:stale-version', detail: 'Снимок уже изменил другой пользователь' });
        }
        return HttpResponse.json(snapshot({ version: 4 }));
      }),
    );
    renderApp({ route: '/scorecard' });
    await userEvent.click(await screen.findByRole('button', { name: /Тексты записки/ }));
    const dialog = await screen.findByRole('dialog');
    const problems = within(dialog).getByLabelText('Проблемы');
    expect(problems).toHaveValue('Нет документов у 8 муниципалитетов.');
    await userEvent.clear(problems);
    // Pasted, not typed: typing a sentence into a textarea key by key takes half a minute in jsdom.
    await userEvent.click(problems);
    await userEvent.paste('Восемь муниципалитетов не представили документы.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Сохранить тексты' }));
    expect(await within(dialog).findByText('Данные изменил другой пользователь', { exact: false })).toBeInTheDocument();
    // Someone else saved version 3 meanwhile: reload, the typed text stays, saving sends the new version.
    server.use(http.get(api(`/regions/1/scorecards/${YEAR}/snapshots`), () => HttpResponse.json([snapshot({ version: 3 })])));
    await userEvent.click(within(dialog).getByRole('button', { name: /Обновить данные/ }));
    await waitFor(() => expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument());
    expect(within(dialog).getByLabelText('Проблемы')).toHaveValue('Восемь муниципалитетов не представили документы.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Сохранить тексты' }));
    await waitFor(() => expect(bodies).toHaveLength(2));
    const texts = { ...snapshot().texts, problems: 'Восемь муниципалитетов не представили документы.' };
    expect(bodies[0]).toEqual({ version: 2, texts });
    expect(bodies[1]).toEqual({ version: 3, texts });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  }, 60_000);

  it('saves the thresholds and shows the server\'s field errors under their fields', async () => {
    const bodies: unknown[] = [];
    server.use(
      meHandler(meMinistry),
      ...regionHandlers(region()),
      http.get(api('/regions/1/scorecard-settings'), () =>
        HttpResponse.json({
          regionId: 1,
          thresholds: CRITERIA.map(([criterion, title], i) => ({ criterion, number: i + 1, title, threshold: { met: 80, partly: 50 } })),
          programmeCategories: ['SHNOR'],
          effectIndicators: region().effectIndicators,
          updatedAt: `${YEAR}-12-01T08:00:00Z`,
          updatedBy: 'ministry.penza',
          version: 3,
          allowed: ['EDIT'],
        }),
      ),
      http.get(api('/indicators'), () => HttpResponse.json([])),
      http.put(api('/regions/1/scorecard-settings'), async ({ request }) => {
        bodies.push(await request.json());
        return problem(422, { errors: [{ field: 'thresholds[1].partly', message: 'порог «частично» не может быть выше порога «выполнен»' }] });
      }),
    );
    renderApp({ route: '/scorecard' });
    await userEvent.click(await screen.findByRole('button', { name: /Настройки оценки/ }));
    const met = await screen.findByLabelText(`2. ${CRITERIA[1][1]}: «Выполнен» от`);
    await userEvent.clear(met);
    await userEvent.type(met, '40');
    await userEvent.click(screen.getByRole('button', { name: 'Сохранить' }));
    expect(await screen.findByText('порог «частично» не может быть выше порога «выполнен»')).toBeInTheDocument();
    expect(bodies).toHaveLength(1);
    const body = bodies[0] as { version: number; thresholds: { criterion: string; met: number; partly: number }[]; effectIndicators: string[] };
    expect(body.version).toBe(3);
    expect(body.thresholds[1]).toEqual({ criterion: 'MEASURES', met: 40, partly: 50 });
    expect(body.effectIndicators).toEqual(['VPR_MATH_LOW']);
  }, 60_000);
});

describe('municipality card', () => {
  it('shows computed and expert marks, figures, evidence links and the review warning', async () => {
    server.use(meHandler(meMinistry), http.get(api(`/municipalities/11/scorecards/${YEAR}`), () => HttpResponse.json(municipality(['SET', 'CHANGE']))));
    renderApp({ route: `/municipalities/11/scorecard/${YEAR}` });
    const measures = await screen.findByTestId('criterion-MEASURES');
    expect(within(measures).getByText('11 из 15')).toBeInTheDocument();
    expect(within(measures).getByTestId('score-MEASURES')).toHaveTextContent('балл 73,3');
    expect(within(measures).getByText('Четыре мероприятия ни разу не отчитаны')).toBeInTheDocument();
    expect(within(measures).getByText('Экспертную оценку нужно пересмотреть')).toBeInTheDocument();
    const expert = within(measures).getByTestId('expert-MEASURES');
    expect(expert).toHaveTextContent('Отчёты за III квартал приняты после проверки сайта МОУО');
    expect(expert).toHaveTextContent('Иванова Мария Петровна');
    expect(within(measures).getByRole('link', { name: 'Отчёт за III квартал' })).toHaveAttribute('href', `/roadmaps/40/reports/${YEAR}-Q3`);
    expect(within(measures).getByRole('link', { name: 'Рекомендации по ВПР' })).toHaveAttribute('href', '/recommendations/77');
    const external = within(measures).getByRole('link', { name: /Приказ МОУО № 112/ });
    expect(external).toHaveAttribute('href', 'https://nikolsk-edu.example/prikaz-112.pdf');
    expect(external).toHaveAttribute('target', '_blank');
    const roadmap = screen.getByTestId('criterion-ROADMAP');
    expect(within(roadmap).getByText('утверждена 15.03')).toBeInTheDocument();
    expect(within(roadmap).getByRole('link', { name: 'Дорожная карта Никольского района' })).toHaveAttribute('href', '/roadmaps/40');
    // Actions only where the server allows them.
    expect(within(roadmap).getByRole('button', { name: /Поставить экспертную оценку/ })).toBeInTheDocument();
    expect(within(measures).getByRole('button', { name: /Изменить экспертную оценку/ })).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /экспертную оценку/ })).toHaveLength(2);
    expect(screen.getByRole('button', { name: /К сводной оценке/ })).toBeInTheDocument();
  }, 60_000);

  it('requires a comment for the expert mark and sends it; a change carries the version', async () => {
    const created: unknown[] = [];
    const changed: unknown[] = [];
    server.use(
      meHandler(meMinistry),
      http.get(api(`/municipalities/11/scorecards/${YEAR}`), () => HttpResponse.json(municipality(['SET', 'CHANGE']))),
      http.post(api(`/municipalities/11/scorecards/${YEAR}/marks`), async ({ request }) => {
        created.push(await request.json());
        return HttpResponse.json(card('ROADMAP'), { status: 201 });
      }),
      http.put(api(`/municipalities/11/scorecards/${YEAR}/marks/900`), async ({ request }) => {
        changed.push(await request.json());
        return HttpResponse.json(card('MEASURES'));
      }),
    );
    renderApp({ route: `/municipalities/11/scorecard/${YEAR}` });
    const roadmap = await screen.findByTestId('criterion-ROADMAP');
    await userEvent.click(within(roadmap).getByRole('button', { name: /Поставить экспертную оценку/ }));
    let dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('combobox', { name: 'Оценка эксперта' }));
    await userEvent.click(await screen.findByTitle('Частично'));
    await userEvent.type(within(dialog).getByLabelText('Комментарий'), '   ');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Сохранить' }));
    expect(await within(dialog).findByText('Комментарий обязателен')).toBeInTheDocument();
    expect(created).toHaveLength(0);
    await userEvent.type(within(dialog).getByLabelText('Комментарий'), 'Карта утверждена, но не опубликована');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Сохранить' }));
    await waitFor(() => expect(created).toEqual([{ criterion: 'ROADMAP', mark: 'PARTLY', comment: '   Карта утверждена, но не опубликована' }]));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await userEvent.click(within(screen.getByTestId('criterion-MEASURES')).getByRole('button', { name: /Изменить экспертную оценку/ }));
    dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByLabelText('Комментарий')).toHaveValue('Отчёты за III квартал приняты после проверки сайта МОУО');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Сохранить' }));
    await waitFor(() =>
      expect(changed).toEqual([{ mark: 'MET', comment: 'Отчёты за III квартал приняты после проверки сайта МОУО', version: 4 }]),
    );
  }, 60_000);

  it('loads a mark someone set meanwhile and saves again as a change with its version', async () => {
    const changed: unknown[] = [];
    let setMeanwhile = false;
    const theirs = {
      id: 901,
      mark: 'NOT_MET' as const,
      comment: 'Карта не опубликована',
      computedMark: 'MET' as const,
      computedScore: 100,
      setAt: `${YEAR}-12-05T09:00:00Z`,
      setBy: 'Сидоров',
      version: 1,
    };
    server.use(
      meHandler(meMinistry),
      http.get(api(`/municipalities/11/scorecards/${YEAR}`), () => {
        const data = municipality(['SET']);
        if (setMeanwhile) data.criteria[0] = { ...data.criteria[0], expert: theirs, mark: 'NOT_MET', allowed: ['CHANGE'] };
        return HttpResponse.json(data);
      }),
      http.post(api(`/municipalities/11/scorecards/${YEAR}/marks`), () => {
        setMeanwhile = true;
        return problem(409, { detail: 'Экспертная оценка критерия 1 уже поставлена: измените её (PUT с версией).' });
      }),
      http.put(api(`/municipalities/11/scorecards/${YEAR}/marks/901`), async ({ request }) => {
        changed.push(await request.json());
        return HttpResponse.json(card('ROADMAP'));
      }),
    );
    renderApp({ route: `/municipalities/11/scorecard/${YEAR}` });
    const roadmap = await screen.findByTestId('criterion-ROADMAP');
    await userEvent.click(within(roadmap).getByRole('button', { name: /Поставить экспертную оценку/ }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('combobox', { name: 'Оценка эксперта' }));
    await userEvent.click(await screen.findByTitle('Частично'));
    await userEvent.click(within(dialog).getByLabelText('Комментарий'));
    await userEvent.paste('Карта опубликована на сайте МОУО');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Сохранить' }));
    expect(await within(dialog).findByText(/уже поставлена/)).toBeInTheDocument();
    expect(await within(dialog).findByText(/Изменить экспертную оценку/)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Сохранить' }));
    await waitFor(() => expect(changed).toEqual([{ mark: 'PARTLY', comment: 'Карта опубликована на сайте МОУО', version: 1 }]));
  }, 60_000);

  it('shows a municipality its own card without mark actions', async () => {
    server.use(meHandler(meMunicipality), http.get(api(`/municipalities/11/scorecards/${YEAR}`), () => HttpResponse.json(municipality([]))));
    renderApp({ route: `/municipalities/11/scorecard/${YEAR}` });
    expect(await screen.findByTestId('criterion-MEASURES')).toBeInTheDocument();
    expect(screen.getByTestId('expert-MEASURES')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /экспертную оценку/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /К сводной оценке/ })).not.toBeInTheDocument();
    const menu = screen.getByRole('menu');
    expect(within(menu).getByRole('link', { name: 'Оценка дорожной карты' })).toHaveAttribute('href', `/municipalities/11/scorecard/${YEAR}`);
  }, 60_000);
});

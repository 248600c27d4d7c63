import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { full, municipalityBreakdown, partial, regionBreakdown, regionDynamics } from '../../test/fixtures/analytics';
import { meMunicipality, meSchool } from '../../test/fixtures/data';
import { catalogue, indicator, indicatorDimensions, indicatorGroups } from '../../test/fixtures/indicators';
import { currentSearchParams, renderApp } from '../../test/render';
import { api, meHandler, problem, server } from '../../test/server';
import { compareNullable, cutKey, cutParts, effectiveCut } from './model';

const user = userEvent.setup();
const dynamicsRequests: URLSearchParams[] = [];
const breakdownRequests: URLSearchParams[] = [];

/** Text with the non-breaking spaces of Russian number formatting made plain. */
const plain = (element: Element | null) => (element?.textContent ?? '').replace(/\u00a0/g, ' ');

beforeEach(() => {
  dynamicsRequests.length = 0;
  breakdownRequests.length = 0;
  server.use(
    http.get(api('/indicators'), () =>
      HttpResponse.json([
        ...catalogue,
        indicator({ id: 99, code: 'SCHOOL_NOTES', name: 'Заметки школы', groupCode: 'VARIABLE', valueType: 'TEXT', unit: null }),
      ]),
    ),
    http.get(api('/indicator-groups'), () => HttpResponse.json(indicatorGroups)),
    http.get(api('/indicator-dimensions'), () => HttpResponse.json(indicatorDimensions)),
    http.get(api('/analytics/indicators/:id/dynamics'), ({ request }) => {
      const params = new URL(request.url).searchParams;
      dynamicsRequests.push(params);
      const level = params.get('level');
      if (level === 'MUNICIPALITY') return HttpResponse.json(regionDynamics({ level: 'MUNICIPALITY', unitId: 11, unitName: 'Никольский район' }));
      if (level === 'SCHOOL') return HttpResponse.json(regionDynamics({ level: 'SCHOOL', unitId: 101, unitName: 'МБОУ СОШ № 1 г. Никольска' }));
      return HttpResponse.json(regionDynamics({ disaggregation: params.get('disaggregation') ?? 'SUBJECT=RUS' }));
    }),
    http.get(api('/analytics/indicators/:id/breakdown'), ({ request }) => {
      const params = new URL(request.url).searchParams;
      breakdownRequests.push(params);
      const period = params.get('period') ?? '';
      const base = params.get('municipalityId') ? municipalityBreakdown() : regionBreakdown();
      return HttpResponse.json({ ...base, period, periodLabel: `${period} г.` });
    }),
  );
});

describe('analysis of an indicator for the ministry', () => {
  it('offers the indicators by group, without text ones, and shows the dynamics of the chosen one against the target', async () => {
    renderApp({ route: '/analytics' });
    expect(await screen.findByText(/Выберите показатель, чтобы увидеть/)).toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Показатель' }));
    expect(await screen.findByTitle('Инвариантные основные показатели')).toBeInTheDocument();
    expect(screen.queryByTitle('Заметки школы')).not.toBeInTheDocument();
    await user.click(screen.getByTitle('Доля обучающихся 4-х классов, достигших базового уровня подготовки'));

    // The first cut of the indicator in the dictionary's order is asked for explicitly.
    await waitFor(() => expect(dynamicsRequests).toHaveLength(1));
    expect(dynamicsRequests[0].get('level')).toBe('REGION');
    expect(dynamicsRequests[0].get('disaggregation')).toBe('SUBJECT=RUS');
    expect(dynamicsRequests[0].get('unitId')).toBeNull();
    expect(currentSearchParams().get('indicator')).toBe('8');

    const chart = await screen.findByTestId('dynamics-chart');
    expect(chart).toHaveAttribute('role', 'img');
    expect(chart.getAttribute('aria-label')).toBe(
      'Доля обучающихся 4-х классов, достигших базового уровня подготовки — Пензенская область: 63,75 % за 2026 г., цель 65 %',
    );
    expect(chart.querySelector('svg')).not.toBeNull();

    const table = screen.getByTestId('dynamics-table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => plain(r))).toEqual([
      '2023 г.55,2 %———по 1 204 из 1 240 школ',
      '2024 г.58,1 %—— +2,9 п. п.по 1 210 из 1 240 школ',
      '2025 г.62,5 %60,5 %достигнута +4,4 п. п.по 1 230 из 1 240 школ',
      '2026 г.63,75 %65 %не достигнута +1,25 п. п.по 1 231 из 1 240 школ',
    ]);
    expect(within(table).getByText('Значение')).toBeInTheDocument();
    expect(screen.getByText(/среднее, взвешенное по числу обучающихся · расчёт на 30\.11\.2026/)).toBeInTheDocument();
  });

  it('draws a value of one school of nineteen as partial: no trend, no verdict, and the breakdown opens on the last full period', async () => {
    server.use(
      http.get(api('/analytics/indicators/:id/dynamics'), () =>
        HttpResponse.json(
          regionDynamics({
            defaultPeriod: '2025',
            points: [
              { period: '2025', periodLabel: '2025 г.', value: 62.5, schools: 19, coverage: full(19, 19), target: 60.5, attained: true, change: null, improved: null },
              // What the server sends for one school's value: no change, no verdict on the target.
              { period: '2026', periodLabel: '2026 г.', value: 62.05, schools: 1, coverage: partial(1, 19), target: 65, attained: null, change: null, improved: null },
            ],
          }),
        ),
      ),
      http.get(api('/analytics/indicators/:id/breakdown'), ({ request }) => {
        const params = new URL(request.url).searchParams;
        breakdownRequests.push(params);
        return HttpResponse.json(regionBreakdown({ period: params.get('period') ?? '', periodLabel: `${params.get('period')} г.` }));
      }),
    );
    renderApp({ route: '/analytics?indicator=8' });
    const table = await screen.findByTestId('dynamics-table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(plain(rows[1])).toBe('2026 г.62,05 %65 %——по 1 из 19 школнеполные данные');
    expect(within(rows[1]).queryByText('не достигнута')).not.toBeInTheDocument();
    expect(plain(rows[0])).toBe('2025 г.62,5 %60,5 %достигнута—по 19 из 19 школ');
    expect(screen.getByTestId('partial-note')).toHaveTextContent('меньше 80 % ожидаемых школ');
    // The chart's words speak of the last value that is not partial.
    expect(screen.getByTestId('dynamics-chart').getAttribute('aria-label')).toContain('62,5 % за 2025 г.');
    await waitFor(() => expect(breakdownRequests.at(-1)?.get('period')).toBe('2025'));
  });

  it('warns on a partial breakdown and gives no verdict on its total', async () => {
    server.use(
      http.get(api('/analytics/indicators/:id/breakdown'), () =>
        HttpResponse.json(regionBreakdown({ coverage: partial(1, 19), change: null, changeImproved: null, valueAttained: null })),
      ),
    );
    renderApp({ route: '/analytics?indicator=8&period=2026' });
    expect(await screen.findByTestId('breakdown-partial')).toHaveTextContent('Значения есть по 1 из 19 ожидаемых школ');
    const summary = screen.getByTestId('breakdown-summary');
    expect(within(summary).queryByText('не достигнута')).not.toBeInTheDocument();
    expect(within(summary).getByTestId('partial')).toHaveTextContent('неполные данные');
  });

  it('asks for the chosen cut and keeps it in the address', async () => {
    renderApp({ route: '/analytics?indicator=8' });
    await screen.findByTestId('dynamics-chart');
    await user.click(screen.getByRole('combobox', { name: 'Предмет' }));
    await user.click(await screen.findByTitle('Математика'));
    await waitFor(() => expect(dynamicsRequests.at(-1)?.get('disaggregation')).toBe('SUBJECT=MATH'));
    expect(currentSearchParams().get('cut')).toBe('SUBJECT=MATH');
    await waitFor(() => expect(breakdownRequests.at(-1)?.get('disaggregation')).toBe('SUBJECT=MATH'));
  });

  it('breaks the latest period down by municipality with summary, distribution and Russian numbers', async () => {
    renderApp({ route: '/analytics?indicator=8' });
    const card = await screen.findByTestId('breakdown');
    await waitFor(() => expect(breakdownRequests).toHaveLength(1));
    expect(breakdownRequests[0].get('period')).toBe('2026');
    expect(breakdownRequests[0].get('municipalityId')).toBeNull();
    expect(breakdownRequests[0].get('disaggregation')).toBe('SUBJECT=RUS');

    const summary = await within(card).findByTestId('breakdown-summary');
    expect(within(summary).getByTestId('breakdown-value')).toHaveTextContent('63,75 %');
    expect(plain(summary)).toContain('Прошлый период (2025)62,5 % +1,25 п. п.');
    expect(plain(summary)).toContain('Цель на 2026 год65 %');
    expect(plain(summary)).toContain('Школ, достигших цели14 из 31 (45,2 %)');
    expect(plain(summary)).toContain('Школ с положительной динамикой20 из 28 (71,4 %)');
    const distribution = within(card).getByTestId('breakdown-distribution');
    expect(plain(within(distribution).getByText('60–70').closest('tr'))).toContain('12');

    const table = within(card).getByTestId('breakdown-table');
    // By value, highest first; a municipality without values last.
    const names = () => within(table).getAllByRole('row').slice(1).map((r) => r.querySelector('td')?.textContent);
    expect(names()).toEqual(['Никольский район', 'Каменский район', 'Мокшанский район']);
    const nikolsky = within(table).getByText('Никольский район').closest('tr')!;
    expect(plain(nikolsky)).toBe('Никольский район66,25 %62 % +4,25 п. п.по 19 из 20 школдостигнута');
    const kamensky = within(table).getByText('Каменский район').closest('tr')!;
    expect(plain(kamensky)).toBe('Каменский район58,4 %60 % −1,6 п. п.по 12 из 12 школне достигнута');
    expect(within(kamensky).getByTitle('ухудшение')).toBeInTheDocument();

    await user.click(within(table).getByText('Муниципалитет'));
    expect(names()).toEqual(['Каменский район', 'Мокшанский район', 'Никольский район']);
    await user.click(within(table).getByText('Изменение'));
    expect(names()).toEqual(['Каменский район', 'Никольский район', 'Мокшанский район']);
  });

  it('breaks another period down on request', async () => {
    renderApp({ route: '/analytics?indicator=8' });
    await screen.findByTestId('breakdown');
    await user.click(screen.getByRole('combobox', { name: 'Период разреза' }));
    await user.click(await screen.findByTitle('2024 г.'));
    await waitFor(() => expect(breakdownRequests.at(-1)?.get('period')).toBe('2024'));
    expect(currentSearchParams().get('period')).toBe('2024');
  });

  it('opens a municipality from its row: its dynamics and its schools', async () => {
    renderApp({ route: '/analytics?indicator=8' });
    const table = await screen.findByTestId('breakdown-table');
    await user.click(within(table).getByText('Никольский район').closest('button')!);
    await waitFor(() => expect(dynamicsRequests.at(-1)?.get('level')).toBe('MUNICIPALITY'));
    expect(dynamicsRequests.at(-1)?.get('unitId')).toBe('11');
    await waitFor(() => expect(breakdownRequests.at(-1)?.get('municipalityId')).toBe('11'));
    expect(await screen.findByText('МБОУ СОШ № 1 г. Никольска')).toBeInTheDocument();
    expect(screen.getByTestId('dynamics-unit')).toHaveTextContent('Никольский район');
    expect(screen.getByRole('combobox', { name: 'Муниципалитет' })).toBeInTheDocument();
  });

  it('downloads the breakdown as the server names the XLSX file', async () => {
    const exports: URLSearchParams[] = [];
    server.use(
      http.get(api('/analytics/indicators/8/breakdown/export'), ({ request }) => {
        exports.push(new URL(request.url).searchParams);
        return new HttpResponse(new Uint8Array([0x50, 0x4b]), {
          headers: {
            'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            'Content-Disposition': 'attachment; filename="NOO_BASE_LEVEL-2026.xlsx"',
          },
        });
      }),
    );
    const saved = spyDownloads();
    renderApp({ route: '/analytics?indicator=8' });
    await screen.findByTestId('breakdown-table');
    await user.click(screen.getByRole('button', { name: /Выгрузить в Excel/ }));
    await waitFor(() => expect(saved).toEqual(['NOO_BASE_LEVEL-2026.xlsx']));
    expect(exports[0].get('period')).toBe('2026');
    expect(exports[0].get('disaggregation')).toBe('SUBJECT=RUS');
    expect(await screen.findByText('Файл NOO_BASE_LEVEL-2026.xlsx сохранён')).toBeInTheDocument();
  });

  it('tells when the export is refused', async () => {
    server.use(http.get(api('/analytics/indicators/8/breakdown/export'), () => problem(500)));
    spyDownloads();
    renderApp({ route: '/analytics?indicator=8' });
    await screen.findByTestId('breakdown-table');
    await user.click(screen.getByRole('button', { name: /Выгрузить в Excel/ }));
    expect(await screen.findByText('Не удалось выгрузить файл')).toBeInTheDocument();
  });

  it('says so when there are no accepted values yet', async () => {
    server.use(http.get(api('/analytics/indicators/:id/dynamics'), () => HttpResponse.json(regionDynamics({ points: [] }))));
    renderApp({ route: '/analytics?indicator=8' });
    expect(await screen.findByTestId('dynamics-empty')).toHaveTextContent('Принятых значений показателя пока нет');
    expect(screen.queryByTestId('breakdown')).not.toBeInTheDocument();
    expect(breakdownRequests).toHaveLength(0);
  });
});

describe('analysis for the other levels', () => {
  it('starts a municipality at its own dynamics and its schools', async () => {
    server.use(meHandler(meMunicipality));
    renderApp({ route: '/analytics?indicator=8' });
    await screen.findByTestId('breakdown-table');
    expect(dynamicsRequests[0].get('level')).toBe('MUNICIPALITY');
    expect(dynamicsRequests[0].get('unitId')).toBe('11');
    expect(breakdownRequests[0].get('municipalityId')).toBe('11');
    const school = screen.getByText('МБОУ СОШ № 1 г. Никольска').closest('tr')!;
    expect(plain(school)).toBe('МБОУ СОШ № 1 г. Никольска71,5 %64 % +7,5 п. п.достигнута');
    // The municipality's own organisation needs no choice.
    expect(screen.queryByRole('combobox', { name: 'Муниципалитет' })).not.toBeInTheDocument();
  });

  it('shows a school its own dynamics without other schools, and the region by municipality on request', async () => {
    server.use(meHandler(meSchool));
    renderApp({ route: '/analytics?indicator=8' });
    expect(await screen.findByTestId('dynamics-unit')).toHaveTextContent('МБОУ СОШ № 1 г. Никольска');
    expect(dynamicsRequests[0].get('level')).toBe('SCHOOL');
    expect(dynamicsRequests[0].get('unitId')).toBe('101');
    expect(screen.getByText(/Разрез строится для региона/)).toBeInTheDocument();
    expect(breakdownRequests).toHaveLength(0);
    expect(screen.queryByRole('combobox', { name: 'Школа' })).not.toBeInTheDocument();

    await user.click(screen.getByText('Муниципалитет', { selector: '.ant-segmented-item-label' }));
    await waitFor(() => expect(dynamicsRequests.at(-1)?.get('level')).toBe('MUNICIPALITY'));
    expect(dynamicsRequests.at(-1)?.get('unitId')).toBe('11');
    expect(breakdownRequests).toHaveLength(0);

    await user.click(screen.getByText('Регион', { selector: '.ant-segmented-item-label' }));
    await waitFor(() => expect(breakdownRequests.at(-1)?.get('municipalityId')).toBeNull());
    const table = await screen.findByTestId('breakdown-table');
    expect(within(table).getByText('Каменский район').closest('button')).toBeNull();
  });
});

describe('cuts', () => {
  const dictionary = indicatorDimensions;
  const both = indicator({ id: 5, code: 'X', name: 'X', groupCode: 'VARIABLE', dimensions: { SUBJECT: ['MATH', 'RUS'], GRADE: ['9', '4'] } });

  it('spells keys as the server does and reads them back', () => {
    expect(cutKey({ SUBJECT: 'MATH', GRADE: '4' })).toBe('GRADE=4;SUBJECT=MATH');
    expect(cutParts('GRADE=4;SUBJECT=MATH')).toEqual({ GRADE: '4', SUBJECT: 'MATH' });
    expect(cutParts('')).toEqual({});
  });

  it('takes the requested cut where it fits and the first values of the dictionary otherwise', () => {
    expect(effectiveCut(both, dictionary, null)).toBe('GRADE=4;SUBJECT=RUS');
    expect(effectiveCut(both, dictionary, 'GRADE=9;SUBJECT=MATH')).toBe('GRADE=9;SUBJECT=MATH');
    expect(effectiveCut(both, dictionary, 'GRADE=11;SUBJECT=MATH')).toBe('GRADE=4;SUBJECT=MATH');
    expect(effectiveCut(catalogue[1], dictionary, 'SUBJECT=MATH')).toBeUndefined();
  });

  it('sorts missing numbers last in both directions', () => {
    const values = [3, null, 1, 2];
    expect([...values].sort((a, b) => compareNullable(a, b, 'ascend'))).toEqual([1, 2, 3, null]);
    expect([...values].sort((a, b) => -compareNullable(a, b, 'descend'))).toEqual([3, 2, 1, null]);
  });
});

/** Captures the names of files the page hands to the browser. */
function spyDownloads(): string[] {
  const saved: string[] = [];
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:test', revokeObjectURL: () => undefined }));
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push(this.download);
  });
  return saved;
}

afterEach(() => {
  vi.restoreAllMocks();
});

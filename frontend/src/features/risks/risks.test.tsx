import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { meCurator, meMinistry, meMunicipality, meSchool } from '../../test/fixtures/data';
import { renderApp } from '../../test/render';
import { api, meHandler, problem, server } from '../../test/server';
import type { FactorLevel, RiskAnalytics, RiskFactor, RiskProfile } from './types';

const school = { ...meSchool, permissions: ['REGISTRY_READ', 'IDENTIFICATION_READ', 'RISK_PROFILE_EDIT'] } as typeof meSchool;
const municipality = {
  ...meMunicipality,
  permissions: ['REGISTRY_READ', 'SCHOOL_EDIT', 'IDENTIFICATION_READ', 'RISK_PROFILE_REVIEW', 'RISK_ANALYTICS_READ'],
} as typeof meMunicipality;

function factor(id: number, name: string, overrides: Partial<FactorLevel> = {}): FactorLevel {
  return {
    factorId: id,
    code: `F${id}`,
    name,
    selfLevel: null,
    selfComment: null,
    derivedLevel: null,
    derivedBasis: null,
    overrideLevel: null,
    overrideComment: null,
    overrideBy: null,
    overrideSource: null,
    overrideAt: null,
    level: null,
    source: null,
    previousLevel: null,
    movement: null,
    measures: [],
    ...overrides,
  };
}

function profile(overrides: Partial<RiskProfile> = {}): RiskProfile {
  return {
    schoolId: 101,
    schoolName: 'МБОУ СОШ № 1 г. Никольска',
    municipalityId: 11,
    municipalityName: 'Никольский район',
    year: 2026,
    status: 'DRAFT',
    submittedAt: null,
    submittedBy: null,
    reviewedAt: null,
    reviewedBy: null,
    returnReason: null,
    factors: [
      factor(1, 'Дефицит педагогических кадров', {
        derivedLevel: 'HIGH',
        derivedBasis: 'Укомплектованность педагогическими кадрами < 90 %',
        level: 'HIGH',
        source: 'DERIVED',
        previousLevel: 'HIGH',
        movement: 'SAME',
        measures: [{ roadmapId: 40, roadmapTitle: 'Антирисковая программа', itemId: 400, number: '2.1', title: 'Целевое обучение учителей математики', lastStatus: 'IN_PROGRESS' }],
      }),
      factor(2, 'Низкая учебная мотивация обучающихся', { selfLevel: 'MEDIUM', level: 'MEDIUM', source: 'SELF', previousLevel: 'HIGH', movement: 'IMPROVED' }),
    ],
    allowed: ['EDIT', 'SUBMIT'],
    version: 3,
    ...overrides,
  };
}

// Whole pages with tables and dialogs: slow on a loaded two-core machine.
describe('risk profile', () => {
  it('the school sets a level and submits: the draft is saved with its version, then submitted', async () => {
    const bodies: unknown[] = [];
    server.use(
      meHandler(school),
      http.get(api('/schools/101/risk-profiles/2026'), () => HttpResponse.json(profile())),
      http.put(api('/schools/101/risk-profiles/2026'), async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json(profile({ version: 4 }));
      }),
      http.post(api('/schools/101/risk-profiles/2026/submission'), async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json(profile({ status: 'SUBMITTED', allowed: [], version: 5 }));
      }),
    );
    renderApp({ route: '/schools/101/risk-profile/2026' });
    expect(await screen.findByRole('heading', { name: 'Профиль рисков «500+» на 2026 год' })).toBeInTheDocument();
    const row = screen.getByText('Дефицит педагогических кадров').closest('tr') as HTMLElement;
    expect(within(row).getByText('по показателям')).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: '2.1 Целевое обучение учителей математики' })).toHaveAttribute('href', '/roadmaps/40');
    expect(within(row).getByText(/выполняется/)).toBeInTheDocument();
    expect(screen.getAllByText('Снизился').length).toBeGreaterThan(0);

    await userEvent.click(within(row).getByRole('combobox', { name: 'Самооценка: Дефицит педагогических кадров' }));
    await userEvent.click(await screen.findByTitle('Низкий'));
    await userEvent.click(screen.getByRole('button', { name: 'Сдать профиль' }));
    await waitFor(() => expect(bodies).toHaveLength(2));
    expect(bodies[0]).toEqual({ levels: [{ factorId: 1, level: 'LOW', comment: null }], version: 3 });
    expect(bodies[1]).toEqual({ version: 4 });
  }, 60_000);

  it('the municipality accepts or returns with a reason and may override a level', async () => {
    const reviews: unknown[] = [];
    server.use(
      meHandler(municipality),
      http.get(api('/schools/101/risk-profiles/2026'), () =>
        HttpResponse.json(profile({ status: 'SUBMITTED', allowed: ['REVIEW', 'OVERRIDE'], submittedAt: '2026-02-01T10:00:00Z', submittedBy: 'school.nikolsk1' })),
      ),
      http.post(api('/schools/101/risk-profiles/2026/review'), async ({ request }) => {
        reviews.push(await request.json());
        return HttpResponse.json(profile({ status: 'RETURNED', allowed: [], returnReason: 'Уточните мотивацию' }));
      }),
    );
    renderApp({ route: '/schools/101/risk-profile/2026' });
    expect(await screen.findByRole('button', { name: 'Принять' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Сдать профиль' })).not.toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /Решение/ })).toHaveLength(2);
    await userEvent.click(screen.getByRole('button', { name: 'Вернуть' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Вернуть' }));
    expect(await within(dialog).findByText('Укажите причину возврата')).toBeInTheDocument();
    await userEvent.type(within(dialog).getByLabelText('Что исправить'), 'Уточните мотивацию');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Вернуть' }));
    await waitFor(() => expect(reviews).toEqual([{ decision: 'RETURN', reason: 'Уточните мотивацию', version: 3 }]));
  }, 60_000);
});

describe('curator', () => {
  it('the curator of the school sees the override action from allowed and whose decision a level is', async () => {
    const overrides: unknown[] = [];
    const decided = factor(2, 'Низкая учебная мотивация обучающихся', {
      selfLevel: 'LOW',
      overrideLevel: 'HIGH',
      overrideComment: 'По итогам выезда',
      overrideBy: 'curator.penza1',
      overrideSource: 'CURATOR_OVERRIDE',
      overrideAt: '2026-02-03T10:00:00Z',
      level: 'HIGH',
      source: 'CURATOR_OVERRIDE',
    });
    server.use(
      meHandler(meCurator),
      http.get(api('/schools/101/risk-profiles/2026'), () =>
        HttpResponse.json(profile({ status: 'SUBMITTED', allowed: ['OVERRIDE'], factors: [factor(1, 'Дефицит педагогических кадров', { selfLevel: 'LOW', level: 'LOW', source: 'SELF' })] })),
      ),
      http.put(api('/schools/101/risk-profiles/2026/overrides'), async ({ request }) => {
        overrides.push(await request.json());
        return HttpResponse.json(profile({ status: 'SUBMITTED', allowed: ['OVERRIDE'], factors: [decided], version: 4 }));
      }),
    );
    renderApp({ route: '/schools/101/risk-profile/2026' });
    expect(await screen.findByRole('button', { name: /Решение/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Принять' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Решение/ }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('combobox'));
    await userEvent.click(await screen.findByTitle('Высокий'));
    await userEvent.type(within(dialog).getByRole('textbox'), 'По итогам выезда');
    await userEvent.click(within(dialog).getByRole('button', { name: /Сохранить/ }));
    await waitFor(() => expect(overrides).toEqual([{ overrides: [{ factorId: 1, level: 'HIGH', comment: 'По итогам выезда' }], version: 3 }]));
    expect((await screen.findAllByText('решение куратора')).length).toBe(2);
  }, 60_000);
});

const ministry = {
  ...meMinistry,
  permissions: [...meMinistry.permissions, 'IDENTIFICATION_READ', 'IDENTIFICATION_MANAGE', 'RISK_ANALYTICS_READ'],
} as typeof meMinistry;

describe('risk analytics', () => {
  it('shows the movement per municipality with the region’s total and per factor in the region or one municipality', async () => {
    const analytics: RiskAnalytics = {
      year: 2026,
      fromYear: 2022,
      municipalities: [
        { id: 11, name: 'Никольский район' },
        { id: 12, name: 'Каменский район' },
      ],
      factors: [
        { id: 1, code: 'TEACHER_SHORTAGE', name: 'Дефицит педагогических кадров' },
        { id: 2, code: 'LOW_MOTIVATION', name: 'Низкая учебная мотивация обучающихся' },
      ],
      profiles: { started: 3, submitted: 3, accepted: 2 },
      heatMap: [],
      trends: [],
      movement: [
        { municipalityId: 11, improved: 2, worsened: 0, same: 1, highLowered: 1 },
        { municipalityId: 12, improved: 0, worsened: 1, same: 3, highLowered: 0 },
      ],
      factorMovement: [
        { municipalityId: 11, factorId: 1, improved: 2, worsened: 0, same: 0, highLowered: 1 },
        { municipalityId: 12, factorId: 1, improved: 0, worsened: 1, same: 1, highLowered: 0 },
        { municipalityId: null, factorId: 1, improved: 2, worsened: 1, same: 1, highLowered: 1 },
        { municipalityId: 11, factorId: 2, improved: 0, worsened: 0, same: 1, highLowered: 0 },
        { municipalityId: 12, factorId: 2, improved: 0, worsened: 0, same: 2, highLowered: 0 },
        { municipalityId: null, factorId: 2, improved: 0, worsened: 0, same: 3, highLowered: 0 },
      ],
      movementTotal: { improved: 2, worsened: 1, same: 4, highLowered: 1 },
      categories: [],
      listChanges: [],
    };
    server.use(meHandler(ministry), http.get(api('/risk-analytics'), () => HttpResponse.json(analytics)));
    renderApp({ route: '/risk-analytics' });
    const total = (await screen.findByText('Итого по всем муниципалитетам')).closest('tr') as HTMLElement;
    expect(within(total).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Итого по всем муниципалитетам', '2', '1', '4', '1']);
    // The first table is by municipality; the second, by factor.
    const byFactor = () => screen.getAllByRole('table').at(-1) as HTMLElement;
    const shortage = within(byFactor()).getByText('Дефицит педагогических кадров').closest('tr') as HTMLElement;
    expect(within(shortage).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Дефицит педагогических кадров', '2', '1', '1', '1']);
    await userEvent.click(screen.getByRole('combobox', { name: 'Муниципалитет' }));
    await userEvent.click(await screen.findByTitle('Каменский район'));
    const inKamenka = within(byFactor()).getByText('Дефицит педагогических кадров').closest('tr') as HTMLElement;
    expect(within(inKamenka).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Дефицит педагогических кадров', '0', '1', '1', '0']);
  }, 60_000);
});

function riskFactor(id: number, name: string, overrides: Partial<RiskFactor> = {}): RiskFactor {
  return {
    id,
    code: `F${id}`,
    name,
    description: null,
    position: id,
    archived: false,
    common: true,
    derivation: { version: 0, rules: [] },
    allowed: ['DERIVE'],
    version: 0,
    ...overrides,
  };
}

describe('risk factors', () => {
  it('lists common factors read-only and lets the ministry edit its own factor and set derivation rules', async () => {
    const saved: unknown[] = [];
    const derivations: unknown[] = [];
    const shortage = riskFactor(2, 'Дефицит педагогических кадров', {
      code: 'TEACHER_SHORTAGE',
      derivation: {
        version: 1,
        rules: [
          {
            id: 9,
            level: 'HIGH',
            condition: {
              indicatorId: 7,
              indicatorCode: 'STAFFING_RATE',
              indicatorName: 'Укомплектованность педагогическими кадрами',
              unit: '%',
              cuts: [],
              allCuts: true,
              cutMatch: 'ANY',
              minCuts: null,
              comparison: 'LT',
              threshold: 80,
              yearsRequired: 1,
              yearsWindow: 1,
              minParticipants: null,
              missingData: 'NOT_MET',
              text: 'Укомплектованность педагогическими кадрами < 80 % — в 1 из 1 последних года',
            },
          },
        ],
      },
    });
    const remote = riskFactor(11, 'Территориальная удалённость школы', { code: 'REMOTE_LOCATION', common: false, allowed: ['EDIT', 'DERIVE'], version: 2 });
    server.use(
      meHandler(ministry),
      http.get(api('/risk-factors'), () => HttpResponse.json([shortage, remote])),
      http.get(api('/identification/indicators'), () =>
        HttpResponse.json([
          { id: 7, code: 'STAFFING_RATE', name: 'Укомплектованность педагогическими кадрами', groupName: 'Кадры', valueType: 'PERCENT', unit: '%', better: 'HIGHER', minValue: 0, maxValue: 100, cuts: [], participantsName: null },
        ]),
      ),
      http.put(api('/risk-factors/11'), async ({ request }) => {
        saved.push(await request.json());
        return HttpResponse.json({ ...remote, name: 'Удалённость школы', version: 3 });
      }),
      http.put(api('/risk-factors/2/derivation'), async ({ request }) => {
        derivations.push(await request.json());
        return problem(422, { errors: [{ field: 'rules[1].condition.threshold', message: 'порог 190 вне диапазона показателя от 0 до 100 %' }] });
      }),
    );
    renderApp({ route: '/risk-factors' });
    const common = (await screen.findByText('Дефицит педагогических кадров')).closest('tr') as HTMLElement;
    expect(within(common).getByText('Общий перечень')).toBeInTheDocument();
    expect(within(common).getByText(/< 80 %/)).toBeInTheDocument();
    expect(within(common).queryByRole('button', { name: /Изменить/ })).not.toBeInTheDocument();
    expect(screen.getByText(/меняются миграцией/)).toBeInTheDocument();

    const own = screen.getByText('Территориальная удалённость школы').closest('tr') as HTMLElement;
    await userEvent.click(within(own).getByRole('button', { name: /Изменить/ }));
    const dialog = await screen.findByRole('dialog');
    const name = within(dialog).getByRole('textbox', { name: 'Название' });
    await userEvent.clear(name);
    await userEvent.type(name, 'Удалённость школы');
    await userEvent.click(within(dialog).getByRole('button', { name: /Сохранить/ }));
    await waitFor(() =>
      expect(saved).toEqual([{ code: 'REMOTE_LOCATION', name: 'Удалённость школы', description: null, position: 11, archived: false, version: 2 }]),
    );

    await userEvent.click(within(common).getByRole('button', { name: /Правила расчёта/ }));
    const rules = await screen.findByRole('dialog');
    await userEvent.click(within(rules).getByRole('button', { name: /Добавить правило/ }));
    await userEvent.click(within(rules).getByRole('button', { name: /Сохранить/ }));
    // The new rule has no indicator yet: the form says so and nothing is sent.
    expect(await within(rules).findByText('Выберите показатель')).toBeInTheDocument();
    expect(derivations).toHaveLength(0);
    await userEvent.click(within(rules).getAllByRole('combobox', { name: 'Показатель' })[1]);
    await userEvent.click((await screen.findAllByTitle('Укомплектованность педагогическими кадрами (STAFFING_RATE)')).at(-1) as HTMLElement);
    await userEvent.type(within(rules).getAllByRole('spinbutton', { name: 'Порог' })[1], '190');
    await userEvent.click(within(rules).getByRole('button', { name: /Сохранить/ }));
    await waitFor(() => expect(derivations).toHaveLength(1));
    const condition = { indicatorId: 7, cuts: [], cutMatch: 'ANY', minCuts: null, comparison: 'LT', threshold: 80, yearsRequired: 1, yearsWindow: 1, minParticipants: null, missingData: 'NOT_MET' };
    expect(derivations[0]).toEqual({ version: 1, rules: [{ level: 'HIGH', condition }, { level: 'HIGH', condition: { ...condition, threshold: 190 } }] });
    expect(await within(rules).findByText('порог 190 вне диапазона показателя от 0 до 100 %')).toBeInTheDocument();
  }, 60_000);
});

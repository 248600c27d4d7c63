import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { meMinistry, meSchool, schoolSummary } from '../../test/fixtures/data';
import { renderApp } from '../../test/render';
import { api, meHandler, problem, server } from '../../test/server';
import type { CriteriaSet, DryRun, IdentificationList, RuleIndicator, SchoolEvidence } from './types';

const ministry = {
  ...meMinistry,
  permissions: [...meMinistry.permissions, 'IDENTIFICATION_READ', 'IDENTIFICATION_MANAGE', 'RISK_ANALYTICS_READ'],
} as typeof meMinistry;
const school = { ...meSchool, permissions: ['REGISTRY_READ', 'IDENTIFICATION_READ', 'RISK_PROFILE_EDIT'] } as typeof meSchool;

const indicators: RuleIndicator[] = [
  {
    id: 7,
    code: 'VPR_MARK_2',
    name: 'Доля участников ВПР, получивших отметку «2»',
    groupName: 'Инвариантные основные показатели',
    valueType: 'PERCENT',
    unit: '%',
    better: 'LOWER',
    minValue: 0,
    maxValue: 100,
    cuts: [
      { key: 'GRADE=4;SUBJECT=MATH', label: 'Математика, 4 класс' },
      { key: 'GRADE=4;SUBJECT=RUS', label: 'Русский язык, 4 класс' },
    ],
    participantsName: 'Число участников ВПР',
  },
];

const set: CriteriaSet = {
  id: 5,
  regionId: 1,
  year: 2026,
  category: 'SHNOR',
  name: 'Критерии ШНОР 2026 (иллюстративные)',
  note: null,
  setVersion: 1,
  previousId: null,
  entry: {
    combination: 'ANY',
    atLeast: null,
    rules: [
      {
        id: 31,
        position: 1,
        label: 'Доля «2» по ВПР',
        revision: 2,
        condition: {
          indicatorId: 7,
          indicatorCode: 'VPR_MARK_2',
          indicatorName: 'Доля участников ВПР, получивших отметку «2»',
          unit: '%',
          cuts: [],
          allCuts: true,
          cutMatch: 'ANY',
          minCuts: null,
          comparison: 'GE',
          threshold: 15,
          yearsRequired: 2,
          yearsWindow: 2,
          minParticipants: null,
          missingData: 'FLAG',
          text: 'Доля участников ВПР, получивших отметку «2» ≥ 15 % — 2 года подряд',
        },
      },
    ],
  },
  exit: null,
  frozen: false,
  approvedListId: null,
  listOfYearId: null,
  allowed: ['EDIT', 'RUN', 'APPROVE', 'NEW_VERSION'],
  version: 4,
  updatedAt: '2026-01-10T08:00:00Z',
  updatedBy: 'ministry.penza',
};

const evidence: SchoolEvidence = {
  schoolId: 101,
  schoolCode: '5818003401',
  schoolName: 'МБОУ СОШ № 1 г. Никольска',
  municipalityId: 11,
  municipalityName: 'Никольский район',
  outcome: 'STAYING',
  onPreviousList: true,
  assignedForYear: false,
  entry: {
    combination: 'ANY',
    atLeast: null,
    outcome: 'MET',
    rules: [
      {
        ruleId: 31,
        ruleRevision: 2,
        label: 'Доля «2» по ВПР',
        text: 'Доля участников ВПР, получивших отметку «2» ≥ 15 % — 2 года подряд',
        indicatorCode: 'VPR_MARK_2',
        indicatorName: 'Доля участников ВПР, получивших отметку «2»',
        unit: '%',
        comparison: 'GE',
        threshold: 15,
        yearsRequired: 2,
        yearsWindow: 2,
        minParticipants: null,
        missingData: 'FLAG',
        outcome: 'MET',
        metYears: 2,
        missingYears: 0,
        years: [
          { year: 2024, status: 'MET', counted: 2, excluded: 0, met: 1, values: [{ cut: 'GRADE=4;SUBJECT=MATH', cutLabel: 'Математика, 4 класс', value: 17.5, participants: null }] },
          { year: 2025, status: 'MET', counted: 2, excluded: 0, met: 1, values: [{ cut: 'GRADE=4;SUBJECT=RUS', cutLabel: 'Русский язык, 4 класс', value: 15.2, participants: null }] },
        ],
      },
    ],
  },
  exit: null,
  basis: 'в перечне прошлого года; критерии выполняются: Доля «2» по ВПР ≥ 15 % (2024, 2025)',
};

const dryRun: DryRun = {
  criteriaSetId: 5,
  setVersion: 1,
  year: 2026,
  category: 'SHNOR',
  evaluatedSchools: 19,
  previousListSize: 3,
  counts: { entering: 1, staying: 1, leaving: 2, flagged: 0, skipped: 0, proposed: 2, assignedNotProposed: 1 },
  schools: [evidence],
};

describe('criteria editor', () => {
  it('previews how many schools a rule catches while editing and saves the whole set with its version', async () => {
    const previews: unknown[] = [];
    let saved: Record<string, unknown> | undefined;
    server.use(
      meHandler(ministry),
      http.get(api('/identification/indicators'), () => HttpResponse.json(indicators)),
      http.get(api('/identification/criteria-sets/5'), () => HttpResponse.json(set)),
      http.post(api('/identification/rule-previews'), async ({ request }) => {
        previews.push(await request.json());
        return HttpResponse.json({ evaluatedSchools: 19, met: 3, notMet: 14, flagged: 2, skipped: 0, text: '' });
      }),
      http.put(api('/identification/criteria-sets/5'), async ({ request }) => {
        saved = (await request.json()) as Record<string, unknown>;
        return problem(422, {
          errors: [{ field: 'entry.rules[0].condition.threshold', message: 'порог 130 вне диапазона показателя от 0 до 100 %' }],
        });
      }),
    );
    renderApp({ route: '/identification/criteria-sets/5' });
    expect(await screen.findByRole('heading', { name: 'Критерии ШНОР 2026 (иллюстративные)' })).toBeInTheDocument();
    expect(await screen.findByText('3 школы из 19; нет данных — 2', {}, { timeout: 3000 })).toBeInTheDocument();
    // The threshold shows its unit and the indicator's range.
    expect(screen.getByText('допустимо от 0 до 100')).toBeInTheDocument();
    expect(screen.getAllByText('%').length).toBeGreaterThan(0);

    await userEvent.click(screen.getByRole('button', { name: 'Сохранить' }));
    await waitFor(() => expect(saved).toBeDefined());
    expect(saved?.version).toBe(4);
    const entry = saved?.entry as { rules: { id: number; condition: { threshold: number; missingData: string } }[] };
    expect(entry.rules[0].id).toBe(31);
    expect(entry.rules[0].condition.threshold).toBe(15);
    expect(await screen.findByText('порог 130 вне диапазона показателя от 0 до 100 %')).toBeInTheDocument();
    expect(previews.length).toBeGreaterThan(0);
  }, 60_000);

  it('runs the set and shows each school with its evidence', async () => {
    server.use(
      meHandler(ministry),
      http.get(api('/identification/indicators'), () => HttpResponse.json(indicators)),
      http.get(api('/identification/criteria-sets/5'), () => HttpResponse.json(set)),
      http.post(api('/identification/rule-previews'), () => HttpResponse.json({ evaluatedSchools: 19, met: 3, notMet: 16, flagged: 0, skipped: 0, text: '' })),
      http.get(api('/identification/criteria-sets/5/dry-run'), () => HttpResponse.json(dryRun)),
    );
    renderApp({ route: '/identification/criteria-sets/5' });
    await userEvent.click(await screen.findByRole('tab', { name: 'Пробный расчёт' }));
    const row = (await screen.findByText('МБОУ СОШ № 1 г. Никольска')).closest('tr') as HTMLElement;
    expect(within(row).getByText('Остаётся')).toBeInTheDocument();
    expect(screen.getByText(/при утверждении категория будет отозвана/)).toBeInTheDocument();
    await userEvent.click(within(row).getByRole('button'));
    expect(await screen.findByText('Математика, 4 класс: 17,5 %')).toBeInTheDocument();
    expect(screen.getByText('Русский язык, 4 класс: 15,2 %')).toBeInTheDocument();
    expect(screen.getAllByText('редакция правила 2').length).toBeGreaterThan(0);
  }, 60_000);
});

describe('approval', () => {
  it('the expert adds any school of the region found by name, not only those the dry run touched', async () => {
    const searches: string[] = [];
    let approval: Record<string, unknown> | undefined;
    const kamenka = schoolSummary(3, { id: 303, shortName: 'МБОУ ООШ с. Каменка', municipalityName: 'Каменский район' });
    server.use(
      meHandler(ministry),
      http.get(api('/identification/indicators'), () => HttpResponse.json(indicators)),
      http.get(api('/identification/criteria-sets/5'), () => HttpResponse.json(set)),
      http.post(api('/identification/rule-previews'), () => HttpResponse.json({ evaluatedSchools: 19, met: 3, notMet: 16, flagged: 0, skipped: 0, text: '' })),
      http.get(api('/identification/criteria-sets/5/dry-run'), () => HttpResponse.json(dryRun)),
      http.get(api('/schools'), ({ request }) => {
        const q = new URL(request.url).searchParams.get('q') ?? '';
        searches.push(q);
        return HttpResponse.json({ items: q.startsWith('Кам') ? [kamenka] : [], total: 1, page: 1, size: 20 });
      }),
      http.post(api('/identification/criteria-sets/5/approval'), async ({ request }) => {
        approval = (await request.json()) as Record<string, unknown>;
        return problem(422, { errors: [{ field: 'document.number', message: 'укажите номер' }] });
      }),
    );
    renderApp({ route: '/identification/criteria-sets/5' });
    await userEvent.click(await screen.findByRole('button', { name: 'Утвердить перечень' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(await within(dialog).findByRole('button', { name: /Добавить школу/ }));
    const select = within(dialog).getByRole('combobox', { name: 'Школа' });
    await userEvent.type(select, 'Кам');
    await waitFor(() => expect(searches).toContain('Кам'));
    await userEvent.click(await screen.findByText('МБОУ ООШ с. Каменка (Каменский район)'));
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Причина' }), 'Решение рабочей группы');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Номер' }), '87/01-07');
    const date = within(dialog).getByPlaceholderText(/дату|Выберите/);
    await userEvent.type(date, '19.01.2026{Enter}');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Утвердить' }));
    await waitFor(() => expect(approval).toBeDefined());
    expect(approval?.additions).toEqual([{ schoolId: 303, reason: 'Решение рабочей группы' }]);
  }, 60_000);
});

describe('approved list', () => {
  const list: IdentificationList = {
    id: 9,
    regionId: 1,
    year: 2026,
    category: 'SHNOR',
    criteriaSetId: 5,
    setVersion: 1,
    criteriaSetName: 'Критерии ШНОР 2026 (иллюстративные)',
    document: { kind: 'Приказ', number: '87/01-07', date: '2026-01-20', authority: 'Министерство образования Пензенской области' },
    approvedAt: '2026-01-20T09:00:00Z',
    approvedBy: 'ministry.penza',
    counts: { listed: 1, entering: 0, staying: 1, added: 0, excluded: 0, leaving: 0 },
    entries: [
      {
        schoolId: 101,
        schoolCode: '5818003401',
        schoolName: 'МБОУ СОШ № 1 г. Никольска',
        municipalityId: 11,
        municipalityName: 'Никольский район',
        outcome: 'STAYING',
        decision: 'INCLUDED',
        listed: true,
        reason: null,
        basis: evidence.basis,
        evidence,
      },
    ],
  };

  it('shows a school its own status and why, without the export of others’ rows', async () => {
    server.use(meHandler(school), http.get(api('/identification/lists/9'), () => HttpResponse.json(list)));
    renderApp({ route: '/identification/lists/9' });
    expect(await screen.findByText('Ваша школа включена в перечень (ШНОР) на 2026 год')).toBeInTheDocument();
    expect(screen.getByText('Математика, 4 класс: 17,5 %')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /DOCX/ })).not.toBeInTheDocument();
    expect(screen.getByText(/Приказ № 87\/01-07 от 20\.01\.2026/)).toBeInTheDocument();
  }, 60_000);

  it('offers the ministry the appendix to the order', async () => {
    server.use(meHandler(ministry), http.get(api('/identification/lists/9'), () => HttpResponse.json(list)));
    renderApp({ route: '/identification/lists/9' });
    expect(await screen.findByRole('button', { name: /Приложение к приказу \(DOCX\)/ })).toBeInTheDocument();
    expect(screen.getByText('Включена по критериям')).toBeInTheDocument();
  }, 60_000);
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { meMunicipality, meSchool } from '../../test/fixtures/data';
import { renderApp } from '../../test/render';
import { api, meHandler, server } from '../../test/server';
import type { FactorLevel, RiskProfile } from './types';

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

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Me } from '../../shared/api/types';
import { meCurator, meMinistry, meMunicipality, meSchool } from '../../test/fixtures/data';
import { currentLocation, renderApp } from '../../test/render';
import { meHandler, server } from '../../test/server';
import { navigationFor } from './navigation';

async function menuLabels(): Promise<string[]> {
  const menu = await screen.findByRole('menu');
  return within(menu)
    .getAllByRole('menuitem')
    .map((item) => item.textContent ?? '');
}

describe.each<[string, Me, string[], string]>([
  [
    'ministry',
    meMinistry,
    ['Требует внимания', 'Регион', 'Муниципалитеты', 'Школы', 'Дорожные карты', 'На проверке', 'Мониторинг', 'Оценка дорожных карт', 'Поддержка школ'],
    '/',
  ],
  [
    'municipality',
    meMunicipality,
    ['Требует внимания', 'Мой муниципалитет', 'Школы', 'Дорожные карты', 'На проверке', 'Мониторинг', 'Оценка дорожной карты', 'Поддержка школ'],
    '/',
  ],
  ['school', meSchool, ['Требует внимания', 'Моя школа', 'Дорожные карты', 'Мониторинг', 'Поддержка школ'], '/'],
  ['curator', meCurator, ['Требует внимания', 'Мои школы', 'Визиты', 'Рекомендации'], '/'],
])('navigation for a %s user', (_role, me, expectedMenu, landing) => {
  it('shows the menu its permissions allow and lands on its home page', async () => {
    server.use(meHandler(me));
    renderApp({ route: '/' });
    expect(await menuLabels()).toEqual(expectedMenu);
    expect(await screen.findByTestId('user-name')).toHaveTextContent(me.displayName);
    expect(screen.getByTestId('organisation-name')).toHaveTextContent(me.organisation.name);
    await waitFor(() => expect(currentLocation()).toBe(landing));
  });
});

describe('buttons follow permissions', () => {
  it('offers editing and category management to the ministry', async () => {
    server.use(meHandler(meMinistry));
    renderApp({ route: '/schools/101' });
    expect(await screen.findByRole('button', { name: /Редактировать/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Присвоить категорию/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Отозвать/ })).toBeInTheDocument();
  });

  it('offers editing but not categories to a municipality', async () => {
    server.use(meHandler(meMunicipality));
    renderApp({ route: '/schools/101' });
    expect(await screen.findByRole('button', { name: /Редактировать/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Присвоить категорию/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Отозвать/ })).not.toBeInTheDocument();
  });

  it('shows a school user its card read-only and refuses the edit page', async () => {
    server.use(meHandler(meSchool));
    const view = renderApp({ route: '/schools/101' });
    expect(await screen.findByRole('heading', { name: 'МБОУ СОШ № 1 г. Никольска' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Редактировать/ })).not.toBeInTheDocument();
    view.unmount();
    renderApp({ route: '/schools/101/edit' });
    expect(await screen.findByText('Нет доступа')).toBeInTheDocument();
  });

  it('lets only the ministry add municipalities', async () => {
    server.use(meHandler(meMinistry));
    const view = renderApp({ route: '/regions/1/municipalities' });
    expect(await screen.findByRole('button', { name: /Добавить муниципалитет/ })).toBeInTheDocument();
    view.unmount();
    server.use(meHandler(meMunicipality));
    renderApp({ route: '/regions/1/municipalities' });
    expect(await screen.findByText('Никольский район')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Добавить муниципалитет/ })).not.toBeInTheDocument();
  });
});

describe('monitoring sub-menu', () => {
  const pathsOf = (me: Me) => navigationFor(me).find((item) => item.key === 'monitoring')?.children?.map((item) => item.path);

  it('holds the catalogue, the campaigns and the analysis for everyone, the form reviews for a municipality and the value import above the schools', () => {
    expect(pathsOf(meMinistry)).toEqual(['/indicators', '/campaigns', '/analytics', '/value-imports']);
    expect(pathsOf(meMunicipality)).toEqual(['/indicators', '/campaigns', '/form-reviews', '/analytics', '/value-imports']);
    expect(pathsOf(meSchool)).toEqual(['/indicators', '/campaigns', '/analytics']);
  });
});

describe('identification sub-menu', () => {
  const pathsOf = (me: Me) => navigationFor(me).find((item) => item.key === 'identification')?.children?.map((item) => item.path);

  it('gives who manages the criteria the risk factors next to the analytics, and nobody else', () => {
    const ministry = { ...meMinistry, permissions: [...meMinistry.permissions, 'IDENTIFICATION_READ', 'IDENTIFICATION_MANAGE', 'RISK_ANALYTICS_READ'] } as Me;
    expect(pathsOf(ministry)).toEqual(['/identification', '/risk-profiles', '/risk-analytics', '/risk-factors']);
    const municipality = { ...meMunicipality, permissions: [...meMunicipality.permissions, 'IDENTIFICATION_READ', 'RISK_PROFILE_REVIEW', 'RISK_ANALYTICS_READ'] } as Me;
    expect(pathsOf(municipality)).toEqual(['/identification', '/risk-profiles', '/risk-analytics']);
  });
});

describe('side menu', () => {
  it('opens the group of the current page, keeps the others closed and opens one on a click', async () => {
    server.use(meHandler(meMinistry));
    renderApp({ route: '/indicators' });
    const menu = await screen.findByRole('menu', { name: 'Главное меню' });
    expect(within(menu).getByRole('menuitem', { name: 'Мониторинг' })).toHaveAttribute('aria-expanded', 'true');
    expect(within(menu).getByRole('link', { name: 'Кампании сбора' })).toBeVisible();
    const support = within(menu).getByRole('menuitem', { name: 'Поддержка школ' });
    expect(support).toHaveAttribute('aria-expanded', 'false');
    expect(within(menu).queryByRole('link', { name: 'Заседания и протоколы' })).not.toBeInTheDocument();

    await userEvent.setup().click(support);
    expect(support).toHaveAttribute('aria-expanded', 'true');
    expect(await within(menu).findByRole('link', { name: 'Заседания и протоколы' })).toBeInTheDocument();
  });
});

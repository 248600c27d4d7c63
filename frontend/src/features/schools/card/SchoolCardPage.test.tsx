import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { CategoryAssignment, School } from '../../../shared/api/types';
import { nikolskSchool1 } from '../../../test/fixtures/data';
import { renderApp } from '../../../test/render';
import { api, problem, server } from '../../../test/server';

function historyRows() {
  const table = screen.getByRole('table', { name: 'История категорий' });
  return within(table).getAllByRole('row').slice(1);
}

describe('school card', () => {
  it('shows every attribute in Russian form', async () => {
    renderApp({ route: '/schools/101' });
    expect(await screen.findByRole('heading', { name: 'МБОУ СОШ № 1 г. Никольска' })).toBeInTheDocument();
    expect(screen.getByText('Никольский район, Пензенская область')).toBeInTheDocument();
    expect(screen.getByText(nikolskSchool1.fullName)).toBeInTheDocument();
    expect(screen.getByText(nikolskSchool1.address)).toBeInTheDocument();
    expect(screen.getByText('5818003401')).toBeInTheDocument();
    expect(screen.getByText('Городская')).toBeInTheDocument();
    expect(screen.getByTestId('students-count').textContent).toMatch(/^1\s234$/);
    const levelTags = ['НОО', 'ООО', 'СОО'].map((level) => screen.getByText(level));
    // Ordered НОО → ООО → СОО even though the server sent SECONDARY first.
    expect(levelTags[0].compareDocumentPosition(levelTags[2]) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('lists the category history newest first with documents and revocations', async () => {
    renderApp({ route: '/schools/101' });
    await screen.findByRole('table', { name: 'История категорий' });
    const [current, revoked] = historyRows();

    expect(current).toHaveTextContent('2021');
    expect(current).toHaveTextContent('ШНОР');
    expect(current).toHaveTextContent('№ 15 от 01.02.2021, Министерство образования Пензенской области');
    expect(current).toHaveTextContent('Действует');

    expect(revoked).toHaveTextContent('2020');
    expect(revoked).toHaveTextContent('ШНСУ');
    expect(revoked).toHaveTextContent('№ 70 от 13.10.2020, Министерство образования Пензенской области');
    expect(revoked).toHaveTextContent('Отозвана');
    expect(revoked).toHaveTextContent(/отозвана 20\.01\.2021, \d\d:\d\d, Ирина Петрова/);
    expect(revoked).toHaveTextContent('Причина: Ошибка в приказе');
    // Only an active assignment can be revoked.
    expect(within(current).getByRole('button', { name: /Отозвать/ })).toBeInTheDocument();
    expect(within(revoked).queryByRole('button', { name: /Отозвать/ })).not.toBeInTheDocument();
  });

  it('shows who changed which fields, newest first, with Russian labels', async () => {
    renderApp({ route: '/schools/101' });
    const table = await screen.findByRole('table', { name: 'История изменений' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));
    const [latest, created] = within(table).getAllByRole('row').slice(1);
    expect(latest).toHaveTextContent('Елена Кузнецова');
    expect(latest).toHaveTextContent(/Обучающихся: 1\s200 → 1\s234/);
    expect(latest).toHaveTextContent('Тип местности: Сельская → Городская');
    expect(latest).toHaveTextContent('01.03.2024');
    expect(created).toHaveTextContent('Загружено системой');
    expect(created).toHaveTextContent('Школа внесена в реестр');
  });

  it('assigns a category with its approving document', async () => {
    const user = userEvent.setup();
    let school: School = nikolskSchool1;
    let sent: unknown;
    server.use(
      http.get(api('/schools/101'), () => HttpResponse.json(school)),
      http.post(api('/schools/101/categories'), async ({ request }) => {
        sent = await request.json();
        const assignment: CategoryAssignment = {
          id: 600,
          ...(sent as Pick<CategoryAssignment, 'year' | 'category' | 'document'>),
          assignedAt: '2024-05-01T10:00:00Z',
          assignedBy: 'ministry.penza',
          assignedByName: 'Ирина Петрова',
          active: true,
        };
        school = { ...school, categories: [assignment, ...school.categories] };
        return HttpResponse.json(assignment, { status: 201 });
      }),
    );
    renderApp({ route: '/schools/101' });
    await user.click(await screen.findByRole('button', { name: /Присвоить категорию/ }));
    const dialog = await screen.findByRole('dialog');
    await user.clear(within(dialog).getByLabelText('Год'));
    await user.type(within(dialog).getByLabelText('Год'), '2024');
    await user.click(within(dialog).getByLabelText('Категория'));
    await user.click(await screen.findByTitle(/^«500\+»/));
    await user.type(within(dialog).getByLabelText('Номер документа'), '112');
    await user.type(within(dialog).getByLabelText('Дата документа'), '15.04.2024{Enter}');
    await user.type(within(dialog).getByLabelText('Кем утверждён'), 'Министерство образования Пензенской области');
    await user.click(within(dialog).getByRole('button', { name: /Присвоить категорию/ }));

    await waitFor(() =>
      expect(sent).toEqual({
        year: 2024,
        category: 'PROJECT_500_PLUS',
        document: { number: '112', date: '2024-04-15', authority: 'Министерство образования Пензенской области' },
      }),
    );
    await waitFor(() => expect(historyRows()).toHaveLength(3));
    expect(historyRows()[0]).toHaveTextContent('№ 112 от 15.04.2024');
  });

  it('shows why an assignment was refused (409: already active)', async () => {
    const user = userEvent.setup();
    server.use(
      http.post(api('/schools/101/categories'), () =>
        problem(409, { title: 'Conflict', detail: 'Категория ШНОР уже присвоена на 2021 год' }),
      ),
    );
    renderApp({ route: '/schools/101' });
    await user.click(await screen.findByRole('button', { name: /Присвоить категорию/ }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByLabelText('Категория'));
    await user.click(await screen.findByTitle(/^ШНОР/));
    await user.type(within(dialog).getByLabelText('Номер документа'), '1');
    await user.type(within(dialog).getByLabelText('Дата документа'), '01.02.2021{Enter}');
    await user.type(within(dialog).getByLabelText('Кем утверждён'), 'Министерство');
    await user.click(within(dialog).getByRole('button', { name: /Присвоить категорию/ }));
    expect(await within(dialog).findByText('Категория ШНОР уже присвоена на 2021 год')).toBeInTheDocument();
  });

  it('revokes an active category with a reason', async () => {
    const user = userEvent.setup();
    let sent: unknown;
    server.use(
      http.post(api('/schools/101/categories/502/revocation'), async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json({ ...nikolskSchool1.categories[0], active: false });
      }),
    );
    renderApp({ route: '/schools/101' });
    await screen.findByRole('table', { name: 'История категорий' });
    await user.click(within(historyRows()[0]).getByRole('button', { name: /Отозвать/ }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Отзыв категории «ШНОР» за 2021 год');
    await user.click(within(dialog).getByRole('button', { name: /Отозвать/ }));
    expect(await within(dialog).findByText('Обязательное поле')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('Причина отзыва'), 'Приказ отменён');
    await user.click(within(dialog).getByRole('button', { name: /Отозвать/ }));
    await waitFor(() => expect(sent).toEqual({ reason: 'Приказ отменён' }));
  });

  it('answers 404 of a school out of scope with «Не найдено»', async () => {
    server.use(http.get(api('/schools/202'), () => problem(404)));
    renderApp({ route: '/schools/202' });
    expect(await screen.findByText('Не найдено')).toBeInTheDocument();
    expect(screen.getByText(/недоступна вашей организации/)).toBeInTheDocument();
  });
});

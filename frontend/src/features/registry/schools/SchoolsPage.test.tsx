import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { schoolPage } from '../../../test/fixtures/data';
import { currentSearchParams, renderApp } from '../../../test/render';
import { api, server } from '../../../test/server';

/** Records the query string of every GET /schools the page makes. */
function recordSchoolRequests(total = 42) {
  const requests: URLSearchParams[] = [];
  server.use(
    http.get(api('/schools'), ({ request }) => {
      const params = new URL(request.url).searchParams;
      requests.push(params);
      return HttpResponse.json(schoolPage(total, Number(params.get('page') ?? 1), Number(params.get('size') ?? 20)));
    }),
  );
  return requests;
}

const last = <T,>(items: T[]) => items[items.length - 1];

describe('schools table', () => {
  it('renders the rows of the page and the total with the Russian plural', async () => {
    recordSchoolRequests(42);
    renderApp({ route: '/schools' });
    expect(await screen.findByTestId('schools-total')).toHaveTextContent('Всего: 42 школы');
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(20);
    expect(within(rows[0]).getByRole('link', { name: 'МБОУ СОШ № 1 г. Никольска' })).toHaveAttribute('href', '/schools/101');
    expect(rows[0]).toHaveTextContent('Никольский район');
    expect(rows[0]).toHaveTextContent('НОО');
    expect(rows[0]).toHaveTextContent('ШНОР');
    expect(within(rows[0]).getByText(/^1\s001$/)).toBeInTheDocument();
  });

  it.each([
    [1, 'Всего: 1 школа'],
    [5, 'Всего: 5 школ'],
    [21, 'Всего: 21 школа'],
  ])('says «%s» with the right form', async (total, text) => {
    recordSchoolRequests(total);
    renderApp({ route: '/schools' });
    expect(await screen.findByTestId('schools-total')).toHaveTextContent(text);
  });

  it('sends the filters, sort and page found in the URL', async () => {
    const requests = recordSchoolRequests();
    renderApp({ route: '/schools?municipalityId=11&category=SHNOR&year=2021&level=BASIC&settlementType=RURAL&q=%D1%81%D0%BE%D1%88&sort=-studentsCount&page=2&size=10' });
    await screen.findByTestId('schools-total');
    const sent = last(requests);
    expect(Object.fromEntries(sent)).toEqual({
      municipalityId: '11',
      category: 'SHNOR',
      year: '2021',
      level: 'BASIC',
      settlementType: 'RURAL',
      q: 'сош',
      sort: '-studentsCount',
      page: '2',
      size: '10',
    });
    expect(screen.getByRole('columnheader', { name: /Обучающихся/ })).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByRole('listitem', { name: '2' })).toHaveClass('ant-pagination-item-active');
    expect(screen.getByLabelText('Название или ИНН')).toHaveValue('сош');
  });

  it('writes sorting and paging into the URL', async () => {
    const user = userEvent.setup();
    const requests = recordSchoolRequests();
    renderApp({ route: '/schools' });
    await screen.findByTestId('schools-total');

    await user.click(screen.getByRole('listitem', { name: '2' }));
    await waitFor(() => expect(currentSearchParams().get('page')).toBe('2'));
    await waitFor(() => expect(last(requests).get('page')).toBe('2'));

    await user.click(within(screen.getByRole('columnheader', { name: /Обучающихся/ })).getByText('Обучающихся'));
    await waitFor(() => expect(currentSearchParams().get('sort')).toBe('studentsCount'));
    expect(currentSearchParams().get('page')).toBeNull();
    await user.click(within(screen.getByRole('columnheader', { name: /Обучающихся/ })).getByText('Обучающихся'));
    await waitFor(() => expect(currentSearchParams().get('sort')).toBe('-studentsCount'));
    await waitFor(() => expect(last(requests).get('sort')).toBe('-studentsCount'));
  });

  it('debounces the text search into the URL and starts again at page 1', async () => {
    const user = userEvent.setup();
    const requests = recordSchoolRequests();
    renderApp({ route: '/schools?page=3' });
    await screen.findByTestId('schools-total');
    const before = requests.length;

    await user.type(screen.getByLabelText('Название или ИНН'), 'Никольск');
    await waitFor(() => expect(currentSearchParams().get('q')).toBe('Никольск'));
    expect(currentSearchParams().get('page')).toBeNull();
    await waitFor(() => expect(last(requests).get('q')).toBe('Никольск'));
    // One request for the whole word, not one per keystroke.
    expect(requests.slice(before).filter((params) => params.has('q'))).toHaveLength(1);
  });

  it('filters by category through the select and can reset', async () => {
    const user = userEvent.setup();
    recordSchoolRequests();
    renderApp({ route: '/schools?q=abc' });
    await screen.findByTestId('schools-total');

    await user.click(screen.getByRole('combobox', { name: 'Категория' }));
    await user.click(await screen.findByTitle('ШНСУ'));
    await waitFor(() => expect(currentSearchParams().get('category')).toBe('SHNSU'));

    await user.click(screen.getByRole('button', { name: /Сбросить фильтры/ }));
    await waitFor(() => expect(currentSearchParams().toString()).toBe(''));
    expect(screen.getByLabelText('Название или ИНН')).toHaveValue('');
  });
});

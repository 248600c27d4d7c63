import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { meMunicipality } from '../../test/fixtures/data';
import { catalogue, indicator, indicatorDimensions, indicatorGroups } from '../../test/fixtures/indicators';
import { renderApp } from '../../test/render';
import { api, meHandler, problem, server } from '../../test/server';

const requests: URLSearchParams[] = [];
const user = userEvent.setup();

beforeEach(() => {
  requests.length = 0;
  server.use(
    http.get(api('/indicators'), ({ request }) => {
      const params = new URL(request.url).searchParams;
      requests.push(params);
      const group = params.get('group');
      return HttpResponse.json(group ? catalogue.filter((i) => i.groupCode === group) : catalogue);
    }),
    http.get(api('/indicator-groups'), () => HttpResponse.json(indicatorGroups)),
    http.get(api('/indicator-dimensions'), () => HttpResponse.json(indicatorDimensions)),
  );
});

function rowOf(code: string): HTMLElement {
  return screen.getByText(code, { selector: 'code' }).closest('tr') as HTMLElement;
}

/** A button of a table row by its text: role queries deep in antd tables cost seconds of jsdom style computing. */
function rowButton(code: string, name: string): HTMLElement {
  return within(rowOf(code)).getByText(name).closest('button') as HTMLElement;
}

describe('indicator catalogue', () => {
  it('lists indicators by group with their unit, source, breakdowns, computed shares and regional targets', async () => {
    server.use(meHandler(meMunicipality));
    renderApp({ route: '/indicators' });
    const main = await screen.findByTestId('group-INVARIANT_MAIN');
    expect(within(main).getByText('Инвариантные основные показатели')).toBeInTheDocument();
    expect(screen.getByTestId('indicators-total')).toHaveTextContent('6 показателей');

    const noo = rowOf('NOO_BASE_LEVEL');
    expect(within(noo).getByText('Доля обучающихся 4-х классов, достигших базового уровня подготовки')).toBeInTheDocument();
    expect(within(noo).getByText('ВПР')).toBeInTheDocument();
    expect(within(noo).getByText('ежегодно')).toBeInTheDocument();
    expect(within(noo).getByText('%')).toBeInTheDocument();
    expect(within(noo).getByText('общий каталог')).toBeInTheDocument();
    expect(within(noo).getByText('Предмет: Русский язык, Математика')).toBeInTheDocument();
    expect(within(noo).getByLabelText('чем выше, тем лучше')).toBeInTheDocument();
    expect(within(noo).getByTestId('targets-NOO_BASE_LEVEL')).toHaveTextContent('2025: 60,5 %2026: 65 %');

    const share = rowOf('TEACHERS_ACTIVE_SHARE');
    expect(within(share).getByText('вычисляется: TEACHERS_ACTIVE / TEACHERS_TOTAL')).toBeInTheDocument();
    expect(within(share).getByText('школа в целом')).toBeInTheDocument();
    expect(within(rowOf('SCHOOL_CLIMATE_INDEX')).getByText('региональный')).toBeInTheDocument();
    expect(within(screen.getByTestId('group-VARIABLE')).getByText(/3 показателя/)).toBeInTheDocument();

    // Not the ministry: the catalogue is read-only.
    expect(screen.queryByRole('button', { name: 'Добавить показатель' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Цели' })).not.toBeInTheDocument();
  });

  it('filters by group, search and archived on the server', async () => {
    renderApp({ route: '/indicators' });
    await screen.findByTestId('group-INVARIANT_MAIN');
    await user.click(screen.getByRole('combobox', { name: 'Группа' }));
    await user.click(await screen.findByTitle('Контингент и кадры (основа для расчёта долей)'));
    await waitFor(() => expect(requests.at(-1)?.get('group')).toBe('BASE_DATA'));
    await waitFor(() => expect(screen.queryByTestId('group-INVARIANT_MAIN')).not.toBeInTheDocument());
    expect(screen.getByTestId('group-BASE_DATA')).toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: 'Код или название' }), 'педагог{Enter}');
    await waitFor(() => expect(requests.at(-1)?.get('q')).toBe('педагог'));
    await user.click(screen.getByRole('checkbox', { name: 'Показать архивные' }));
    await waitFor(() => expect(requests.at(-1)?.get('includeArchived')).toBe('true'));
    expect(requests.at(-1)?.get('group')).toBe('BASE_DATA');
  });
});

describe('regional indicators of the ministry', () => {
  it('adds a regional indicator and shows the server refusal under its field', async () => {
    const bodies: Record<string, unknown>[] = [];
    server.use(
      http.post(api('/indicators'), async ({ request }) => {
        bodies.push((await request.json()) as Record<string, unknown>);
        if (bodies.length === 1) {
          return problem(409, {
            type: 'urn:opora:problem:conflict',
            detail: 'Показатель с кодом SCHOOL_SAFETY уже есть в каталоге.',
            errors: [{ field: 'code', message: 'код SCHOOL_SAFETY уже занят' }],
          });
        }
        return HttpResponse.json(indicator({ id: 95, code: 'SCHOOL_SAFETY_2', name: 'Доля школ с паспортом безопасности', groupCode: 'VARIABLE', common: false }), {
          status: 201,
        });
      }),
    );
    renderApp({ route: '/indicators' });
    await user.click(await screen.findByRole('button', { name: 'Добавить показатель' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('Код'), 'SCHOOL_SAFETY');
    await user.type(within(dialog).getByLabelText('Название'), 'Доля школ с паспортом безопасности');
    await user.click(within(dialog).getByLabelText('Группа'));
    await user.click(await screen.findByTitle('Вариативные показатели ОО'));
    await user.click(within(dialog).getByLabelText('Предмет'));
    await user.click(await screen.findByTitle('Математика'));
    await user.type(within(dialog).getByLabelText('Порог изменения'), '12,5');
    await user.click(within(dialog).getByRole('button', { name: 'Сохранить' }));

    expect(await within(dialog).findByText('код SCHOOL_SAFETY уже занят')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Код')).toHaveAttribute('aria-invalid', 'true');
    expect(bodies[0]).toMatchObject({
      code: 'SCHOOL_SAFETY',
      name: 'Доля школ с паспортом безопасности',
      groupCode: 'VARIABLE',
      valueType: 'PERCENT',
      unit: '%',
      better: 'HIGHER',
      source: 'SCHOOL_DATA',
      periodicity: 'YEAR',
      dimensions: { SUBJECT: ['MATH'] },
      maxChange: 12.5,
      required: false,
    });
    expect(bodies[0].version).toBeUndefined();

    const code = within(dialog).getByLabelText('Код');
    await user.type(code, '_2');
    await user.click(within(dialog).getByRole('button', { name: 'Сохранить' }));
    await waitFor(() => expect(bodies).toHaveLength(2));
    expect(bodies[1].code).toBe('SCHOOL_SAFETY_2');
    expect(await screen.findByText('Показатель добавлен')).toBeInTheDocument();
  });

  it('edits only its own regional indicators, sending the version', async () => {
    let update: Record<string, unknown> | undefined;
    server.use(
      http.put(api('/indicators/90'), async ({ request }) => {
        update = (await request.json()) as Record<string, unknown>;
        return HttpResponse.json(catalogue[3]);
      }),
    );
    renderApp({ route: '/indicators' });
    await screen.findByTestId('group-INVARIANT_MAIN');
    expect(within(rowOf('NOO_BASE_LEVEL')).queryByText('Изменить')).not.toBeInTheDocument();
    await user.click(rowButton('SCHOOL_CLIMATE_INDEX', 'Изменить'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByLabelText('Код')).toBeDisabled();
    const name = within(dialog).getByLabelText('Название');
    await user.clear(name);
    await user.type(name, 'Индекс школьного климата (анкета)');
    await user.click(within(dialog).getByRole('button', { name: 'Сохранить' }));
    await waitFor(() => expect(update).toBeDefined());
    expect(update).toMatchObject({ code: 'SCHOOL_CLIMATE_INDEX', name: 'Индекс школьного климата (анкета)', valueType: 'NUMBER', version: 3 });
  });

  it('sets the targets of an indicator by year and shows a row error under its value', async () => {
    const bodies: unknown[] = [];
    server.use(
      http.put(api('/indicators/8/targets'), async ({ request }) => {
        bodies.push(await request.json());
        return bodies.length === 1
          ? problem(422, { type: 'urn:opora:problem:validation', errors: [{ field: 'targets[2].value', message: 'не больше 100' }] })
          : HttpResponse.json(catalogue[0]);
      }),
    );
    renderApp({ route: '/indicators' });
    await screen.findByTestId('group-INVARIANT_MAIN');
    await user.click(rowButton('NOO_BASE_LEVEL', 'Цели'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getAllByLabelText('Год').map((input) => (input as HTMLInputElement).value)).toEqual(['2025', '2026']);
    await user.click(within(dialog).getByRole('button', { name: /Добавить год/ }));
    const values = within(dialog).getAllByLabelText('Значение');
    await user.type(values[2], '70');
    await user.click(within(dialog).getByRole('button', { name: 'Сохранить' }));
    expect(await within(dialog).findByText('не больше 100')).toBeInTheDocument();
    expect(bodies[0]).toEqual({
      targets: [
        { year: 2025, value: 60.5 },
        { year: 2026, value: 65 },
        { year: 2027, value: 70 },
      ],
      version: 0,
    });
    await user.click(within(dialog).getByRole('button', { name: 'Сохранить' }));
    await waitFor(() => expect(bodies).toHaveLength(2));
  });
});

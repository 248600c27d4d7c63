import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { SchoolUpdate } from '../../../shared/api/types';
import { nikolskSchool1 } from '../../../test/fixtures/data';
import { currentLocation, renderApp } from '../../../test/render';
import { api, problem, server } from '../../../test/server';

function fieldItem(label: string): HTMLElement {
  return screen.getByLabelText(label).closest('.ant-form-item') as HTMLElement;
}

async function openEditForm() {
  renderApp({ route: '/schools/101/edit' });
  await screen.findByRole('heading', { name: 'Редактирование школы' });
  return screen.getByLabelText('Обучающихся');
}

describe('school edit form', () => {
  it('saves the changed values with the version it was based on', async () => {
    const user = userEvent.setup();
    let sent: SchoolUpdate | undefined;
    let serverSchool = nikolskSchool1;
    server.use(
      http.get(api('/schools/101'), () => HttpResponse.json(serverSchool)),
      http.put(api('/schools/101'), async ({ request }) => {
        sent = (await request.json()) as SchoolUpdate;
        serverSchool = { ...serverSchool, ...sent, version: 8 };
        return HttpResponse.json(serverSchool);
      }),
    );
    const students = await openEditForm();
    await user.clear(students);
    await user.type(students, '1300');
    await user.click(screen.getByRole('button', { name: /Сохранить/ }));

    await waitFor(() => expect(currentLocation()).toBe('/schools/101'));
    expect(sent).toMatchObject({ studentsCount: 1300, teachersCount: 67, version: 7, code: '5818003401' });
    expect(sent?.levels).toEqual(expect.arrayContaining(['PRIMARY', 'BASIC', 'SECONDARY']));
    expect((await screen.findByTestId('students-count')).textContent).toMatch(/^1\s300$/);
  });

  it('hints at input problems before sending anything', async () => {
    const user = userEvent.setup();
    let requests = 0;
    server.use(http.put(api('/schools/101'), () => ((requests += 1), HttpResponse.json(nikolskSchool1))));
    await openEditForm();
    await user.clear(screen.getByLabelText('Краткое наименование'));
    await user.click(screen.getByLabelText('СОО — Среднее общее образование'));
    await user.click(screen.getByLabelText('ООО — Основное общее образование'));
    await user.click(screen.getByLabelText('НОО — Начальное общее образование'));
    await user.click(screen.getByRole('button', { name: /Сохранить/ }));

    expect(await within(fieldItem('Краткое наименование')).findByText('Обязательное поле')).toBeInTheDocument();
    expect(await screen.findByText('Выберите хотя бы один уровень')).toBeInTheDocument();
    expect(fieldItem('ИНН / код')).toHaveTextContent('ИНН школы состоит из 10 цифр');
    expect(requests).toBe(0);
  });

  it('shows the server field errors of a problem+json under their fields', async () => {
    const user = userEvent.setup();
    server.use(
      http.put(api('/schools/101'), () =>
        problem(422, {
          type: 'urn:opora:problem:validation',
          title: 'Данные не прошли проверку',
          errors: [
            { field: 'studentsCount', message: 'должно быть не меньше 0' },
            { field: 'code', message: 'код уже занят другой школой' },
            { field: 'body', message: 'общая ошибка записи' },
          ],
        }),
      ),
    );
    await openEditForm();
    await user.click(screen.getByRole('button', { name: /Сохранить/ }));

    expect(await within(fieldItem('Обучающихся')).findByText('должно быть не меньше 0')).toBeInTheDocument();
    expect(within(fieldItem('ИНН / код')).getByText('код уже занят другой школой')).toBeInTheDocument();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Проверьте правильность заполнения полей.');
    expect(alert).toHaveTextContent('общая ошибка записи');
    expect(currentLocation()).toBe('/schools/101/edit');
  });

  it('explains a stale version (409), keeps the input and saves on the current version after reload', async () => {
    const user = userEvent.setup();
    const changedByOthers = { ...nikolskSchool1, teachersCount: 70, version: 9 };
    let serverSchool = nikolskSchool1;
    const sentVersions: number[] = [];
    server.use(
      http.get(api('/schools/101'), () => HttpResponse.json(serverSchool)),
      http.put(api('/schools/101'), async ({ request }) => {
        const body = (await request.json()) as SchoolUpdate;
        sentVersions.push(body.version);
        if (body.version !== serverSchool.version) {
          return problem(409, {
            type: 'urn:opora:problem:stale-version',
            title: 'Данные изменились',
            detail: 'Запись уже изменил другой пользователь',
          });
        }
        return HttpResponse.json({ ...serverSchool, ...body, version: body.version + 1 });
      }),
    );
    const students = await openEditForm();
    serverSchool = changedByOthers;
    await user.clear(students);
    await user.type(students, '1500');
    await user.click(screen.getByRole('button', { name: /Сохранить/ }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Данные изменил другой пользователь. Обновите страницу');
    expect(screen.getByLabelText('Обучающихся')).toHaveValue('1500');

    await user.click(within(alert).getByRole('button', { name: /Обновить данные/ }));
    const reloaded = await screen.findByText('Загружена актуальная версия. Проверьте значения и сохраните ещё раз.');
    expect(reloaded.closest('.ant-alert')).toHaveTextContent('Педагогов: 70');
    expect(screen.getByLabelText('Обучающихся')).toHaveValue('1500');

    await user.click(screen.getByRole('button', { name: /Сохранить/ }));
    await waitFor(() => expect(currentLocation()).toBe('/schools/101'));
    expect(sentVersions).toEqual([7, 9]);
  });

  it('keeps the input when the connection is lost on save', async () => {
    const user = userEvent.setup();
    server.use(http.put(api('/schools/101'), () => HttpResponse.error()));
    const students = await openEditForm();
    await user.clear(students);
    await user.type(students, '999');
    await user.click(screen.getByRole('button', { name: /Сохранить/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Нет связи с сервером. Изменения не сохранены');
    expect(screen.getByLabelText('Обучающихся')).toHaveValue('999');
  });
});

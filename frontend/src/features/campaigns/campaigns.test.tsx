import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { campaign, completeness, formHistory, formPage, formSummary, progress, schoolForm } from '../../test/fixtures/campaigns';
import { meMunicipality, meSchool } from '../../test/fixtures/data';
import { currentLocation, renderApp } from '../../test/render';
import { api, meHandler, problem, server } from '../../test/server';

const MATH = 'Доля обучающихся 4-х классов, достигших базового уровня подготовки, Математика';
const SATISFIED = 'Доля обучающихся, их родителей и педагогов, удовлетворённых качеством условий образования';

function formHandlers(form = schoolForm()) {
  return [
    http.get(api('/campaigns/3/forms/101'), () => HttpResponse.json(form)),
    http.get(api('/campaigns/3/forms/101/history'), () => HttpResponse.json(formHistory)),
  ];
}

describe('campaign list', () => {
  it('shows each campaign with its period, deadline, owner and completion, and filters by status', async () => {
    const requests: URLSearchParams[] = [];
    server.use(
      http.get(api('/campaigns'), ({ request }) => {
        requests.push(new URL(request.url).searchParams);
        return HttpResponse.json([
          campaign(),
          campaign({
            id: 4,
            name: 'Мониторинг I полугодия 2026',
            period: '2026-H1',
            periodLabel: 'I полугодие 2026 г.',
            status: 'DRAFT',
            owner: { type: 'MUNICIPALITY', id: 11, name: 'Никольский район' },
            progress: progress({ expected: 0, notStarted: 0, draft: 0, submitted: 0, returned: 0, accepted: 0, late: 0, completion: 0 }),
          }),
        ]);
      }),
    );
    renderApp({ route: '/campaigns' });
    const row = (await screen.findByRole('link', { name: 'Самообследование ШНОР за 2025 год' })).closest('tr') as HTMLElement;
    expect(within(row).getByText('2025 г.')).toBeInTheDocument();
    expect(within(row).getByText('01.03.2026')).toBeInTheDocument();
    expect(within(row).getByText('Министерство образования Пензенской области')).toBeInTheDocument();
    expect(within(row).getByText('Идёт сбор')).toBeInTheDocument();
    // Sent is not done: the bar's green part is what the municipality accepted, the rest waits for its review.
    expect(within(row).getByText('принято 26,7 %')).toBeInTheDocument();
    expect(within(row).getByText('сдано 18 из 30')).toBeInTheDocument();
    expect(within(row).getByText('принято 8, ждут проверки 10, возвращено 2')).toBeInTheDocument();
    expect(within(row).getByRole('progressbar')).toHaveAccessibleName(
      'сдано 18 из 30: принято 8, ждут проверки муниципалитетом 10, возвращено 2',
    );
    expect(within(row).getByText('3 формы просрочены')).toBeInTheDocument();
    expect(within(row).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '60');
    expect(screen.getByText('форм ещё нет')).toBeInTheDocument();
    expect(screen.getByTestId('campaigns-total')).toHaveTextContent('2 кампании');
    expect(screen.getByRole('button', { name: 'Создать кампанию' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('combobox', { name: 'Статус' }));
    await userEvent.click(await screen.findByTitle('Закрыта'));
    await waitFor(() => expect(requests.at(-1)?.get('status')).toBe('CLOSED'));
  });

  it('shows no green «done» while forms still wait for the municipality, even when all are submitted', async () => {
    server.use(
      http.get(api('/campaigns'), () =>
        HttpResponse.json([
          campaign({
            progress: progress({ expected: 3, notStarted: 0, draft: 0, submitted: 2, returned: 0, accepted: 1, late: 0, completion: 100, acceptance: 33.3 }),
          }),
        ]),
      ),
    );
    renderApp({ route: '/campaigns' });
    const bar = await screen.findByRole('progressbar');
    expect(bar.closest('.ant-progress')).not.toHaveClass('ant-progress-status-success');
    expect(screen.getByText('принято 33,3 %')).toBeInTheDocument();
    expect(screen.getByText('принято 1, ждут проверки 2, возвращено 0')).toBeInTheDocument();
  });

  it('tells a school its own form, deadline and next step instead of the campaign counts', async () => {
    server.use(
      meHandler(meSchool),
      http.get(api('/campaigns'), () =>
        HttpResponse.json([
          campaign({
            progress: progress({ expected: 1, notStarted: 1, draft: 0, submitted: 0, returned: 0, accepted: 0, late: 1, completion: 0, acceptance: 0 }),
            ownForm: { schoolId: 101, status: 'RETURNED', deadline: '2026-03-01', late: true, returnReason: null, nextStep: 'FIX' },
          }),
        ]),
      ),
    );
    renderApp({ route: '/campaigns' });
    const own = await screen.findByTestId('own-form');
    expect(within(own).getByText('Возвращена')).toBeInTheDocument();
    expect(within(own).getByText('срок — 01.03.2026')).toBeInTheDocument();
    expect(within(own).getByText('Срок прошёл')).toBeInTheDocument();
    expect(within(own).getByTestId('own-form-next')).toHaveTextContent('Исправьте возвращённые значения и сдайте снова');
    expect(screen.queryByText(/сдано 0 из 1/)).not.toBeInTheDocument();
  });

  it('creates a campaign for the SHNOR schools of a municipality', async () => {
    const { catalogue, indicatorGroups } = await import('../../test/fixtures/indicators');
    let created: Record<string, unknown> | undefined;
    server.use(
      http.get(api('/campaigns'), () => HttpResponse.json([])),
      http.get(api('/indicators'), () => HttpResponse.json(catalogue)),
      http.get(api('/indicator-groups'), () => HttpResponse.json(indicatorGroups)),
      http.post(api('/campaigns'), async ({ request }) => {
        created = (await request.json()) as Record<string, unknown>;
        return HttpResponse.json(campaign({ id: 9, status: 'DRAFT', allowed: ['EDIT', 'OPEN'] }), { status: 201 });
      }),
      http.get(api('/campaigns/9'), () => HttpResponse.json(campaign({ id: 9, status: 'DRAFT', allowed: ['EDIT', 'OPEN'] }))),
    );
    renderApp({ route: '/campaigns' });
    await userEvent.click(await screen.findByRole('button', { name: 'Создать кампанию' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText('Название'), 'Самообследование 2025');
    await userEvent.click(within(dialog).getByLabelText('Показатели'));
    await userEvent.click(await screen.findByTitle('Доля обучающихся 4-х классов, достигших базового уровня подготовки'));
    await userEvent.click(within(dialog).getByLabelText('Категории школ'));
    await userEvent.click(await screen.findByTitle('Школа с низкими образовательными результатами'));
    await userEvent.click(within(dialog).getByLabelText('Муниципалитеты'));
    await userEvent.click(await screen.findByTitle('Никольский район'));
    await userEvent.click(screen.getByRole('button', { name: 'Сохранить' }));
    await waitFor(() => expect(created).toBeDefined());
    expect(created).toMatchObject({
      name: 'Самообследование 2025',
      period: String(new Date().getFullYear() - 1),
      indicatorIds: [8],
      target: { schoolIds: [], categories: ['SHNOR'], municipalityIds: [11] },
    });
    expect(created?.opensOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await waitFor(() => expect(currentLocation()).toBe('/campaigns/9'));
  });
});

describe('campaign page', () => {
  it('shows completeness by municipality with a total and filters the forms to the late ones', async () => {
    const formRequests: URLSearchParams[] = [];
    let transition: unknown;
    const closed = () => campaign({ status: 'CLOSED', allowed: ['REOPEN'], version: 5 });
    server.use(
      http.get(api('/campaigns/3'), () => HttpResponse.json(transition ? closed() : campaign())),
      http.get(api('/campaigns/3/completeness'), () => HttpResponse.json(completeness())),
      http.get(api('/campaigns/3/forms'), ({ request }) => {
        formRequests.push(new URL(request.url).searchParams);
        return HttpResponse.json(formPage([formSummary(), formSummary({ schoolId: 104, schoolName: 'МБОУ ООШ с. Вазерки', status: 'NOT_STARTED', late: true, submittedAt: null })]));
      }),
      http.post(api('/campaigns/3/transitions'), async ({ request }) => {
        transition = await request.json();
        return HttpResponse.json(closed());
      }),
    );
    renderApp({ route: '/campaigns/3' });
    expect(await screen.findByRole('heading', { name: 'Самообследование ШНОР за 2025 год' })).toBeInTheDocument();
    const total = await screen.findByTestId('completeness-total');
    expect(within(total).getByText('Итого')).toBeInTheDocument();
    expect(within(total).getByText('30')).toBeInTheDocument();
    expect(within(total).getByText('принято 26,7 %')).toBeInTheDocument();
    const kamenka = screen.getByRole('button', { name: 'Каменский район' }).closest('tr') as HTMLElement;
    expect(within(kamenka).getByText('принято 20 %')).toBeInTheDocument();

    const late = screen.getByText('МБОУ ООШ с. Вазерки').closest('tr') as HTMLElement;
    expect(within(late).getByText('Просрочена')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'МБОУ СОШ № 1 г. Никольска' })).toHaveAttribute('href', '/campaigns/3/forms/101');

    await userEvent.click(screen.getByRole('switch', { name: 'Только просроченные' }));
    await waitFor(() => expect(formRequests.at(-1)?.get('late')).toBe('true'));
    expect(formRequests.at(-1)?.get('page')).toBe('1');
    await userEvent.click(kamenka.querySelector('button') as HTMLElement);
    await waitFor(() => expect(formRequests.at(-1)?.get('municipalityId')).toBe('12'));

    await userEvent.click(screen.getByRole('button', { name: 'Закрыть сбор' }));
    await userEvent.click((await screen.findAllByRole('button', { name: 'Закрыть сбор' })).at(-1)!);
    await waitFor(() => expect(transition).toEqual({ action: 'CLOSE', version: 4 }));
    expect(await screen.findByRole('button', { name: 'Открыть снова' })).toBeInTheDocument();
  });

  it('takes a school straight to its own form', async () => {
    server.use(meHandler(meSchool), ...formHandlers());
    renderApp({ route: '/campaigns/3' });
    await waitFor(() => expect(currentLocation()).toBe('/campaigns/3/forms/101'));
    expect(await screen.findByRole('heading', { name: 'МБОУ СОШ № 1 г. Никольска' })).toBeInTheDocument();
  });
});

describe('school form', () => {
  it('shows fields by group with the previous period, the target, the status and computed shares', async () => {
    server.use(meHandler(meSchool), ...formHandlers());
    renderApp({ route: '/campaigns/3/forms/101' });
    const main = await screen.findByTestId('group-INVARIANT_MAIN');
    expect(within(main).getByText('Инвариантные основные показатели')).toBeInTheDocument();
    const math = within(main).getByTestId('field-NOO_BASE_LEVEL:SUBJECT=MATH');
    expect(within(math).getByText('Математика')).toBeInTheDocument();
    expect(within(math).getByLabelText(MATH)).toHaveValue('42,5');
    expect(within(math).getByText('2024: 40 %')).toBeInTheDocument();
    expect(within(math).getByText('Черновик')).toBeInTheDocument();

    const flag = within(main).getByTestId('field-VPR_NON_OBJECTIVE');
    expect(within(flag).getByRole('radio', { name: 'нет' })).toBeChecked();
    expect(within(flag).getByText('2024: да')).toBeInTheDocument();

    const satisfied = screen.getByTestId('field-SATISFIED_PARTICIPANTS');
    expect(within(satisfied).getByLabelText(SATISFIED)).toHaveValue('');
    expect(within(satisfied).getByText('2024: 40 %')).toBeInTheDocument();
    expect(within(satisfied).getByText('Цель: 55 %')).toBeInTheDocument();

    const share = screen.getByTestId('field-TEACHERS_ACTIVE_SHARE');
    expect(within(share).getByTestId('computed-value')).toHaveTextContent('40 %');
    expect(within(share).getByText('2024: 32,26 %')).toBeInTheDocument();
    expect(within(share).queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Меры по улучшению школьного климата')).toHaveValue('Психологическая служба');
    expect(screen.getByTestId('form-status')).toHaveTextContent('Черновик');
  });

  it('saves only the changed fields, each with its version', async () => {
    let saved: unknown;
    server.use(
      meHandler(meSchool),
      ...formHandlers(),
      http.put(api('/campaigns/3/forms/101/values'), async ({ request }) => {
        saved = await request.json();
        return HttpResponse.json(
          schoolForm({ version: 6 }, {
            NOO_BASE_LEVEL: { comment: 'Сменился учитель', version: 3 },
            SATISFIED_PARTICIPANTS: { number: 45.5, status: 'DRAFT', version: 0 },
          }),
        );
      }),
    );
    renderApp({ route: '/campaigns/3/forms/101' });
    await userEvent.type(await screen.findByLabelText(`Комментарий: ${MATH}`), 'Сменился учитель');
    await userEvent.type(screen.getByLabelText(SATISFIED), '45,5');
    expect(await screen.findByTestId('unsaved')).toHaveTextContent('Не сохранено: 2 значения');
    await userEvent.click(screen.getAllByRole('button', { name: 'Сохранить черновик' })[0]);
    await waitFor(() =>
      expect(saved).toEqual({
        values: [
          { indicatorId: 8, disaggregation: 'SUBJECT=MATH', number: 42.5, comment: 'Сменился учитель', version: 2 },
          { indicatorId: 26, number: 45.5 },
        ],
      }),
    );
    expect(await screen.findByText('Сохранено 2 значения')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByTestId('unsaved')).not.toBeInTheDocument());
  });

  it('tells a value out of the server’s range while it is typed, before any save', async () => {
    let saves = 0;
    server.use(
      meHandler(meSchool),
      ...formHandlers(),
      http.put(api('/campaigns/3/forms/101/values'), () => {
        saves++;
        return HttpResponse.json(schoolForm());
      }),
    );
    renderApp({ route: '/campaigns/3/forms/101' });
    await userEvent.type(await screen.findByLabelText(SATISFIED), '140');
    const field = screen.getByTestId('field-SATISFIED_PARTICIPANTS');
    expect(await within(field).findByText('не больше 100')).toBeInTheDocument();
    expect(saves).toBe(0);
  });

  it('shows a field error of the save beside the field it names', async () => {
    const message = 'значение изменилось больше чем на 25 к 2024 г. (было 40): поясните в комментарии';
    server.use(
      meHandler(meSchool),
      ...formHandlers(),
      http.put(api('/campaigns/3/forms/101/values'), () =>
        problem(422, { type: 'urn:opora:problem:validation', errors: [{ field: 'values[1].comment', message }] }),
      ),
    );
    renderApp({ route: '/campaigns/3/forms/101' });
    await userEvent.type(await screen.findByLabelText(`Комментарий: ${MATH}`), 'Сменился учитель');
    await userEvent.type(screen.getByLabelText(SATISFIED), '70');
    await userEvent.click(screen.getAllByRole('button', { name: 'Сохранить черновик' })[0]);
    const satisfied = screen.getByTestId('field-SATISFIED_PARTICIPANTS');
    expect(await within(satisfied).findByText(message)).toBeInTheDocument();
    expect(within(screen.getByTestId('field-NOO_BASE_LEVEL:SUBJECT=MATH')).queryByText(message)).not.toBeInTheDocument();
    expect(screen.getByText('Проверьте правильность заполнения полей.')).toBeInTheDocument();
    expect(screen.getByLabelText(SATISFIED)).toHaveValue('70');
  });

  it('asks to reload on a stale version and then saves against the new version, keeping the input', async () => {
    const bodies: unknown[] = [];
    let reloaded = false;
    server.use(
      meHandler(meSchool),
      http.get(api('/campaigns/3/forms/101'), () =>
        HttpResponse.json(reloaded ? schoolForm({ version: 7 }, { TEACHERS_TOTAL: { number: 31, version: 1, updatedBy: 'school.nikolsk2' } }) : schoolForm()),
      ),
      http.put(api('/campaigns/3/forms/101/values'), async ({ request }) => {
        bodies.push(await request.json());
        if (bodies.length === 1) {
          reloaded = true;
          return problem(409, {
            type: 'urn:opora:problem:stale-version',
            detail: 'Данные изменились',
            errors: [{ field: 'values[0].version', message: 'значение поля «Численность педагогических работников» уже изменил school.nikolsk2; обновите форму' }],
          });
        }
        return HttpResponse.json(schoolForm({ version: 8 }, { TEACHERS_TOTAL: { number: 32, version: 2 } }));
      }),
    );
    renderApp({ route: '/campaigns/3/forms/101' });
    const total = await screen.findByLabelText('Численность педагогических работников');
    await userEvent.clear(total);
    await userEvent.type(total, '32');
    await userEvent.click(screen.getAllByRole('button', { name: 'Сохранить черновик' })[0]);
    expect(await screen.findByText(/Данные изменил другой пользователь/)).toBeInTheDocument();
    expect(screen.getAllByText(/уже изменил school.nikolsk2/).length).toBeGreaterThan(0);
    await userEvent.click(screen.getByRole('button', { name: /Обновить данные/ }));
    await waitFor(() => expect(screen.queryByText(/Данные изменил другой пользователь/)).not.toBeInTheDocument());
    expect(screen.getByLabelText('Численность педагогических работников')).toHaveValue('32');
    await userEvent.click(screen.getAllByRole('button', { name: 'Сохранить черновик' })[0]);
    await waitFor(() => expect(bodies).toHaveLength(2));
    expect(bodies[0]).toEqual({ values: [{ indicatorId: 2, number: 32, version: 0 }] });
    expect(bodies[1]).toEqual({ values: [{ indicatorId: 2, number: 32, version: 1 }] });
  });

  it('submits the form and shows the refusal of a field by its code and breakdown', async () => {
    const versions: unknown[] = [];
    server.use(
      meHandler(meSchool),
      ...formHandlers(),
      http.post(api('/campaigns/3/forms/101/submission'), async ({ request }) => {
        versions.push(await request.json());
        return problem(422, {
          type: 'urn:opora:problem:validation',
          errors: [
            { field: 'fields[NOO_BASE_LEVEL:SUBJECT=MATH]', message: 'значение возвращено на доработку: исправьте его' },
            { field: 'fields[SATISFIED_PARTICIPANTS]', message: 'заполните «Доля удовлетворённых»' },
          ],
        });
      }),
    );
    renderApp({ route: '/campaigns/3/forms/101' });
    await userEvent.click((await screen.findAllByRole('button', { name: 'Сдать на проверку' }))[0]);
    expect(
      await within(screen.getByTestId('field-NOO_BASE_LEVEL:SUBJECT=MATH')).findByText('значение возвращено на доработку: исправьте его'),
    ).toBeInTheDocument();
    expect(within(screen.getByTestId('field-SATISFIED_PARTICIPANTS')).getByText('заполните «Доля удовлетворённых»')).toBeInTheDocument();
    expect(versions).toEqual([{ version: 5 }]);
  });

  it('shows a returned form with its reasons in red and the change history', async () => {
    server.use(
      meHandler(meSchool),
      ...formHandlers(
        schoolForm(
          { status: 'RETURNED', returnReason: 'Заполните удовлетворённость', reviewedAt: '2026-02-20T12:00:00Z', reviewedBy: 'mo.nikolsk' },
          { NOO_BASE_LEVEL: { status: 'RETURNED', returnReason: 'Сверьте с протоколом ВПР' } },
        ),
      ),
    );
    renderApp({ route: '/campaigns/3/forms/101' });
    expect(await screen.findByTestId('form-return-reason')).toHaveTextContent('Причина: Заполните удовлетворённость');
    const math = screen.getByTestId('field-NOO_BASE_LEVEL:SUBJECT=MATH');
    expect(within(math).getByText('Возвращено')).toBeInTheDocument();
    expect(within(math).getByTestId('value-return-reason')).toHaveTextContent('Возвращено: Сверьте с протоколом ВПР');
    expect(within(math).getByTestId('value-return-reason')).toHaveClass('ant-typography-danger');

    await userEvent.click(screen.getByRole('button', { name: /История изменений/ }));
    const drawer = await screen.findByRole('dialog');
    expect(await within(drawer).findByText('Сверьте с протоколом ВПР')).toBeInTheDocument();
    expect(within(drawer).getByText('Наталья Смирнова')).toBeInTheDocument();
    expect(within(drawer).getByText('42,5')).toBeInTheDocument();
  });

  it('locks accepted values and lets the ministry reopen an accepted form with a reason', async () => {
    let reopening: unknown;
    server.use(
      ...formHandlers(schoolForm({ status: 'ACCEPTED', allowed: ['REOPEN'] }, { NOO_BASE_LEVEL: { status: 'ACCEPTED' } })),
      http.post(api('/campaigns/3/forms/101/reopening'), async ({ request }) => {
        reopening = await request.json();
        return HttpResponse.json(schoolForm({ status: 'RETURNED', allowed: [], returnReason: 'Ошибка в численности' }));
      }),
    );
    renderApp({ route: '/campaigns/3/forms/101' });
    const math = await screen.findByTestId('field-NOO_BASE_LEVEL:SUBJECT=MATH');
    expect(within(math).getByText('Принято')).toBeInTheDocument();
    expect(within(math).getByLabelText(MATH)).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Сохранить черновик' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Открыть повторно' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText('Причина'), 'Ошибка в численности');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Открыть повторно' }));
    await waitFor(() => expect(reopening).toEqual({ reason: 'Ошибка в численности', version: 5 }));
    expect(await screen.findByTestId('form-return-reason')).toHaveTextContent('Ошибка в численности');
  });
});

describe('municipal review', () => {
  const submitted = () =>
    schoolForm(
      { status: 'SUBMITTED', allowed: ['REVIEW'], submittedAt: '2026-02-20T08:30:00Z', submittedBy: 'school.nikolsk1' },
      {
        NOO_BASE_LEVEL: { status: 'SUBMITTED' },
        VPR_NON_OBJECTIVE: { status: 'SUBMITTED' },
        TEACHERS_ACTIVE: { status: 'SUBMITTED' },
        TEACHERS_TOTAL: { status: 'SUBMITTED' },
        TEACHERS_ACTIVE_SHARE: { status: 'SUBMITTED' },
      },
    );

  it('returns one value with its reason', async () => {
    let decision: unknown;
    server.use(
      meHandler(meMunicipality),
      ...formHandlers(submitted()),
      http.post(api('/campaigns/3/forms/101/review'), async ({ request }) => {
        decision = await request.json();
        return HttpResponse.json(schoolForm({ status: 'RETURNED', allowed: [] }, { NOO_BASE_LEVEL: { status: 'RETURNED', returnReason: 'Сверьте с протоколом ВПР' } }));
      }),
    );
    renderApp({ route: '/campaigns/3/forms/101' });
    const math = await screen.findByTestId('field-NOO_BASE_LEVEL:SUBJECT=MATH');
    expect(within(math).getByLabelText(MATH)).toBeDisabled();
    expect(within(screen.getByTestId('field-TEACHERS_ACTIVE_SHARE')).queryByRole('checkbox')).not.toBeInTheDocument();
    await userEvent.click(within(math).getByRole('checkbox', { name: 'Вернуть' }));
    await userEvent.click(screen.getByRole('button', { name: 'Вернуть на доработку' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Вернуть на доработку' }));
    await waitFor(() => expect(within(dialog).getByLabelText(MATH)).toHaveAttribute('aria-invalid', 'true'));
    expect(decision).toBeUndefined();
    await userEvent.type(within(dialog).getByLabelText(MATH), 'Сверьте с протоколом ВПР');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Вернуть на доработку' }));
    await waitFor(() =>
      expect(decision).toEqual({
        decision: 'RETURN',
        values: [{ indicatorId: 8, disaggregation: 'SUBJECT=MATH', reason: 'Сверьте с протоколом ВПР' }],
        version: 5,
      }),
    );
    expect(await screen.findByTestId('value-return-reason')).toHaveTextContent('Сверьте с протоколом ВПР');
  });

  it('accepts a submitted form', async () => {
    let decision: unknown;
    server.use(
      meHandler(meMunicipality),
      ...formHandlers(submitted()),
      http.post(api('/campaigns/3/forms/101/review'), async ({ request }) => {
        decision = await request.json();
        return HttpResponse.json(schoolForm({ status: 'ACCEPTED', allowed: [] }));
      }),
    );
    renderApp({ route: '/campaigns/3/forms/101' });
    await userEvent.click(await screen.findByRole('button', { name: 'Принять' }));
    await waitFor(() => expect(decision).toEqual({ decision: 'ACCEPT', version: 5 }));
    expect(await screen.findByText('Принята', { selector: '[data-testid="form-status"]' })).toBeInTheDocument();
  });

  it('lists the forms waiting for review with links to them', async () => {
    server.use(meHandler(meMunicipality), http.get(api('/campaign-reviews'), () => HttpResponse.json([formSummary()])));
    renderApp({ route: '/form-reviews' });
    expect(await screen.findByRole('heading', { name: 'Формы на проверке' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'МБОУ СОШ № 1 г. Никольска' })).toHaveAttribute('href', '/campaigns/3/forms/101');
    expect(screen.getByRole('link', { name: 'Самообследование ШНОР за 2025 год' })).toHaveAttribute('href', '/campaigns/3');
    expect(screen.getByText(/20\.02\.2026/)).toBeInTheDocument();
  });
});

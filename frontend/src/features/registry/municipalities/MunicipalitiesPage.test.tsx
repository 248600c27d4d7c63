import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Municipality, MunicipalityInput, MunicipalityUpdate } from '../../../shared/api/types';
import { kamensky, nikolsky } from '../../../test/fixtures/data';
import { renderApp } from '../../../test/render';
import { api, problem, server } from '../../../test/server';

describe('municipalities of a region', () => {
  it('lists name, OKTMO, kind and school count with links to the schools', async () => {
    renderApp({ route: '/regions/1/municipalities' });
    const link = await screen.findByRole('link', { name: 'Никольский район' });
    expect(link).toHaveAttribute('href', '/schools?municipalityId=11');
    const row = link.closest('tr')!;
    expect(row).toHaveTextContent('56651000');
    expect(row).toHaveTextContent('Муниципальный район');
    expect(row).toHaveTextContent('30');
    expect(screen.getByText('Пензенская область')).toBeInTheDocument();
  });

  it('creates a municipality after checking the OKTMO hint', async () => {
    const user = userEvent.setup();
    let sent: MunicipalityInput | undefined;
    const created: Municipality[] = [];
    server.use(
      http.get(api('/regions/1/municipalities'), () => HttpResponse.json([nikolsky, kamensky, ...created])),
      http.post(api('/regions/1/municipalities'), async ({ request }) => {
        sent = (await request.json()) as MunicipalityInput;
        const municipality: Municipality = { id: 20, regionId: 1, schoolCount: 0, version: 0, ...sent };
        created.push(municipality);
        return HttpResponse.json(municipality, { status: 201 });
      }),
    );
    renderApp({ route: '/regions/1/municipalities' });
    await user.click(await screen.findByRole('button', { name: /Добавить муниципалитет/ }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('Наименование'), 'Мокшанский район');
    await user.type(within(dialog).getByLabelText('ОКТМО'), '5664');
    await user.click(within(dialog).getByRole('button', { name: /Сохранить/ }));
    const oktmoItem = within(dialog).getByLabelText('ОКТМО').closest('.ant-form-item')!;
    await waitFor(() => expect(oktmoItem).toHaveClass('ant-form-item-has-error'));
    expect(within(oktmoItem as HTMLElement).getAllByText('Код ОКТМО — 8 или 11 цифр')).toHaveLength(2);
    expect(sent).toBeUndefined();

    await user.type(within(dialog).getByLabelText('ОКТМО'), '3000');
    await user.click(within(dialog).getByRole('button', { name: /Сохранить/ }));
    await waitFor(() => expect(sent).toEqual({ name: 'Мокшанский район', oktmo: '56643000', kind: 'MUNICIPAL_DISTRICT' }));
    expect(await screen.findByRole('link', { name: 'Мокшанский район' })).toBeInTheDocument();
  });

  it('sends the version it edited and explains a stale one', async () => {
    const user = userEvent.setup();
    const versions: number[] = [];
    server.use(
      http.put(api('/municipalities/11'), async ({ request }) => {
        const body = (await request.json()) as MunicipalityUpdate;
        versions.push(body.version);
        return problem(409, { type: 'urn:opora:problem:stale-version', title: 'Данные изменились' });
      }),
    );
    renderApp({ route: '/regions/1/municipalities' });
    await user.click(await screen.findByRole('button', { name: 'Редактировать: Никольский район' }));
    const dialog = await screen.findByRole('dialog');
    const name = within(dialog).getByLabelText('Наименование');
    await user.clear(name);
    await user.type(name, 'Никольский муниципальный район');
    await user.click(within(dialog).getByRole('button', { name: /Сохранить/ }));
    expect(await within(dialog).findByText(/Данные изменил другой пользователь/)).toBeInTheDocument();
    expect(versions).toEqual([3]);
    expect(name).toHaveValue('Никольский муниципальный район');
  });
});

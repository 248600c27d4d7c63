import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { File as NodeFile } from 'node:buffer';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { campaign, completeness, formPage, formSummary } from '../../test/fixtures/campaigns';
import { meMunicipality } from '../../test/fixtures/data';
import { importJob } from '../../test/fixtures/exchange';
import { renderApp } from '../../test/render';
import { api, meHandler, server } from '../../test/server';

const user = userEvent.setup();
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function campaignHandlers(status: 'DRAFT' | 'OPEN' | 'CLOSED' = 'OPEN') {
  return [
    http.get(api('/campaigns/3'), () => HttpResponse.json(campaign({ status, allowed: [] }))),
    http.get(api('/campaigns/3/completeness'), () => HttpResponse.json(completeness())),
    http.get(api('/campaigns/3/forms'), () => HttpResponse.json(formPage([formSummary()]))),
  ];
}

beforeEach(() => {
  server.use(...campaignHandlers());
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('campaign template', () => {
  it('downloads the XLSX template under the name the server gives', async () => {
    let asked = 0;
    server.use(
      http.get(api('/campaigns/3/template'), () => {
        asked += 1;
        return new HttpResponse(new Uint8Array([0x50, 0x4b]), {
          headers: { 'Content-Type': XLSX, 'Content-Disposition': 'attachment; filename="shablon-kampanii-3-2025.xlsx"' },
        });
      }),
    );
    const saved: string[] = [];
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:test', revokeObjectURL: () => undefined }));
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    renderApp({ route: '/campaigns/3' });
    await user.click(await screen.findByRole('button', { name: /Скачать шаблон XLSX/ }));
    await waitFor(() => expect(saved).toEqual(['shablon-kampanii-3-2025.xlsx']));
    expect(asked).toBe(1);
  });

  it('uploads the filled template and follows the job to its end', async () => {
    server.use(meHandler(meMunicipality));
    const uploads: { params: URLSearchParams; contentType: string | null; size: number }[] = [];
    let polls = 0;
    server.use(
      http.post(api('/campaigns/3/template'), async ({ request }) => {
        uploads.push({
          params: new URL(request.url).searchParams,
          contentType: request.headers.get('Content-Type'),
          size: (await request.arrayBuffer()).byteLength,
        });
        return HttpResponse.json(importJob({ id: 77, kind: 'TEMPLATE', format: 'XLSX', status: 'QUEUED', phase: 'UPLOAD', progress: 0, fileName: 'шаблон.xlsx' }), {
          status: 202,
        });
      }),
      http.get(api('/indicator-values/imports/77'), () => {
        polls += 1;
        return HttpResponse.json(
          polls === 1
            ? importJob({ id: 77, kind: 'TEMPLATE', phase: 'APPLY', progress: 70, totalRows: 60, processedRows: 42, fileName: 'шаблон.xlsx' })
            : importJob({ id: 77, kind: 'TEMPLATE', status: 'DONE', phase: 'DONE', progress: 100, totalRows: 60, processedRows: 60, created: 48, updated: 12, fileName: 'шаблон.xlsx' }),
        );
      }),
    );
    renderApp({ route: '/campaigns/3' });
    await user.click(await screen.findByRole('button', { name: /Загрузить заполненный шаблон/ }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Заполненный шаблон кампании «Самообследование ШНОР за 2025 год»')).toBeInTheDocument();
    const input = dialog.querySelector('input[type="file"]') as HTMLInputElement;
    expect(input).toHaveAttribute('accept', `.xlsx,${XLSX}`);
    await user.upload(input, new NodeFile(['PK-filled'], 'шаблон.xlsx', { type: XLSX }) as unknown as File);
    await user.click(within(dialog).getByRole('button', { name: 'Загрузить' }));

    await waitFor(() => expect(uploads).toHaveLength(1));
    expect(uploads[0].contentType).toBe(XLSX);
    expect(uploads[0].size).toBe(9);
    expect(uploads[0].params.get('fileName')).toBe('шаблон.xlsx');
    expect(uploads[0].params.get('dryRun')).toBe('false');
    expect(await within(dialog).findByTestId('import-progress')).toBeInTheDocument();
    expect(await within(dialog).findByText('Значения загружены', undefined, { timeout: 8000 })).toBeInTheDocument();
    expect(within(dialog).getByTestId('import-summary').textContent).toContain('Добавлено48');
    expect(polls).toBe(2);
  });

  it('offers the download once forms exist and the upload only while the campaign is open', async () => {
    server.use(...campaignHandlers('CLOSED'));
    const view = renderApp({ route: '/campaigns/3' });
    expect(await screen.findByRole('button', { name: /Скачать шаблон XLSX/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Загрузить заполненный шаблон/ })).not.toBeInTheDocument();
    view.unmount();

    server.use(...campaignHandlers('DRAFT'));
    renderApp({ route: '/campaigns/3' });
    expect(await screen.findByRole('heading', { name: 'Самообследование ШНОР за 2025 год' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Скачать шаблон XLSX/ })).not.toBeInTheDocument();
  });
});

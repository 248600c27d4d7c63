import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { File as NodeFile } from 'node:buffer';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatDateTime } from '../../shared/format/format';
import { meSchool } from '../../test/fixtures/data';
import { importJob } from '../../test/fixtures/exchange';
import { catalogue } from '../../test/fixtures/indicators';
import { renderApp } from '../../test/render';
import { api, meHandler, problem, server } from '../../test/server';

const user = userEvent.setup();

interface Upload {
  params: URLSearchParams;
  contentType: string | null;
  body: string;
}

const uploads: Upload[] = [];
let polls = 0;
/** The organisation's uploads as the list answers them, and the pages asked for. */
let pastImports: ReturnType<typeof importJob>[] = [];
const listedPages: URLSearchParams[] = [];

/** Text with the non-breaking spaces of Russian number formatting made plain. */
const plain = (element: Element | null) => (element?.textContent ?? '').replace(/\u00a0/g, ' ');

beforeEach(() => {
  uploads.length = 0;
  polls = 0;
  pastImports = [];
  listedPages.length = 0;
  server.use(
    http.get(api('/indicators'), () => HttpResponse.json(catalogue)),
    http.get(api('/indicator-values/imports'), ({ request }) => {
      const params = new URL(request.url).searchParams;
      listedPages.push(params);
      const page = Number(params.get('page') ?? 1);
      const size = Number(params.get('size') ?? 20);
      return HttpResponse.json({ items: pastImports.slice((page - 1) * size, page * size), total: pastImports.length, page, size });
    }),
  );
});

afterEach(() => {
  vi.restoreAllMocks();
});

function answerUpload(job: ReturnType<typeof importJob>, status = 200) {
  server.use(
    http.post(api('/indicator-values/imports'), async ({ request }) => {
      uploads.push({
        params: new URL(request.url).searchParams,
        contentType: request.headers.get('Content-Type'),
        body: await request.text(),
      });
      return HttpResponse.json(job, { status });
    }),
  );
}

async function chooseFile(name: string, content: string, type: string) {
  const input = (await screen.findByTestId('import-page')).querySelector('input[type="file"]') as HTMLInputElement;
  // Node's File, not jsdom's: the fetch under test (Node's) streams only its own blobs, as a browser does its files.
  await user.upload(input, new NodeFile([content], name, { type }) as unknown as File);
  expect(await screen.findByText(name)).toBeInTheDocument();
}

const CSV = 'school_code;indicator_code;period;subject;grade;value;comment\n5818003401;NOO_BASE_LEVEL;2025;MATH;4;62,5;\n';

describe('loading values from a file', () => {
  it('sends the CSV as it is and follows the queued job until it is done', async () => {
    answerUpload(importJob({ status: 'QUEUED', phase: 'UPLOAD', progress: 0, processedRows: 0, totalRows: 0 }), 202);
    const answers = [
      importJob({ phase: 'VALIDATE', progress: 40 }),
      importJob({ phase: 'APPLY', progress: 80, processedRows: 9600 }),
      importJob({
        status: 'DONE',
        phase: 'DONE',
        progress: 100,
        processedRows: 12000,
        created: 10500,
        updated: 1200,
        unchanged: 300,
        finishedAt: '2026-11-30T12:00:09Z',
      }),
    ];
    server.use(
      http.get(api('/indicator-values/imports/501'), () => {
        polls += 1;
        return HttpResponse.json(answers[Math.min(polls, answers.length) - 1]);
      }),
    );
    renderApp({ route: '/value-imports' });
    await chooseFile('values-2025.csv', CSV, 'text/csv');
    await user.click(screen.getByRole('button', { name: 'Загрузить' }));

    await waitFor(() => expect(uploads).toHaveLength(1));
    expect(uploads[0].contentType).toBe('text/csv');
    expect(uploads[0].body).toBe(CSV);
    expect(uploads[0].params.get('fileName')).toBe('values-2025.csv');
    expect(uploads[0].params.get('dryRun')).toBe('false');

    // The list is asked at once, to show the queued job, and again when it has ended.
    await waitFor(() => expect(listedPages).toHaveLength(2));
    pastImports = [answers[2]];

    const progress = await screen.findByTestId('import-progress');
    await waitFor(() => expect(plain(progress)).toContain('Проверка строк · обработано 4 800 из 12 000'));
    expect(within(progress).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '40');
    // No second upload while the job runs.
    expect(screen.getByRole('button', { name: 'Загрузить' })).toBeDisabled();

    expect(await screen.findByText('Значения загружены', undefined, { timeout: 8000 })).toBeInTheDocument();
    expect(polls).toBe(3);
    expect(screen.queryByTestId('import-progress')).not.toBeInTheDocument();
    const summary = plain(screen.getByTestId('import-summary'));
    expect(summary).toContain('Значений в файле12 000');
    expect(summary).toContain('Добавлено10 500');
    expect(summary).toContain('Изменено1 200');
    expect(summary).toContain('Без изменений300');
    expect(summary).toContain('Отклонено0');
    expect(screen.queryByTestId('import-rejections')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Загрузить' })).toBeEnabled();
    // The ended job joins the organisation's uploads.
    const history = screen.getByTestId('import-history');
    expect(await within(history).findByText('Выполнена')).toBeInTheDocument();
    expect(listedPages).toHaveLength(3);

    // The job has ended: it is asked no more.
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(polls).toBe(3);
  });

  it('checks a JSON file only and lists the refused rows', async () => {
    answerUpload(
      importJob({
        format: 'JSON',
        dryRun: true,
        status: 'REJECTED',
        phase: 'DONE',
        progress: 100,
        totalRows: 3,
        processedRows: 3,
        created: 1,
        rejected: 3,
        fileName: 'values.json',
        rejections: [
          { row: 2, field: 'school_code', message: 'нет школы с кодом «123» в пределах вашей организации' },
          { row: 3, field: 'value', message: '«много»: ожидается число (не больше 4 знаков после запятой)' },
        ],
      }),
    );
    server.use(
      http.get(api('/indicator-values/imports/:id'), () => {
        polls += 1;
        return problem(500);
      }),
    );
    renderApp({ route: '/value-imports' });
    await chooseFile('values.json', '{"values": []}', 'application/json');
    await user.click(screen.getByRole('checkbox', { name: 'Только проверить' }));
    await user.click(screen.getByRole('button', { name: 'Проверить' }));

    expect(await screen.findByText('Файл отклонён: в строках есть ошибки')).toBeInTheDocument();
    expect(uploads[0].contentType).toBe('application/json');
    expect(uploads[0].params.get('dryRun')).toBe('true');
    expect(uploads[0].body).toBe('{"values": []}');
    const rejections = screen.getByTestId('import-rejections');
    const rows = within(rejections).getAllByRole('row').slice(1).map((row) => plain(row));
    expect(rows).toEqual([
      '2school_codeнет школы с кодом «123» в пределах вашей организации',
      '3value«много»: ожидается число (не больше 4 знаков после запятой)',
    ]);
    expect(screen.getByText('(показаны первые 2 из 3)')).toBeInTheDocument();
    expect(plain(screen.getByTestId('import-summary'))).toContain('Было бы добавлено1');
    // Finished inline: nothing to follow.
    expect(polls).toBe(0);
  });

  it('counts a refused file as what it would have given, not as saved', async () => {
    answerUpload(
      importJob({
        status: 'REJECTED',
        phase: 'DONE',
        progress: 100,
        totalRows: 3,
        processedRows: 3,
        created: 1,
        updated: 1,
        rejected: 1,
        rejections: [{ row: 4, field: 'value', message: '«много»: ожидается число' }],
      }),
    );
    renderApp({ route: '/value-imports' });
    await chooseFile('values.csv', CSV, 'text/csv');
    await user.click(screen.getByRole('button', { name: 'Загрузить' }));

    expect(await screen.findByText(/Ничего не сохранено/)).toBeInTheDocument();
    const summary = plain(screen.getByTestId('import-summary'));
    expect(summary).toContain('Было бы добавлено1');
    expect(summary).toContain('Было бы изменено1');
    expect(summary).toContain('Отклонено1');
    expect(summary).not.toContain('Добавлено');
    expect(summary).not.toContain('Изменено');
  });

  it('shows why the server refused the file', async () => {
    server.use(
      http.post(api('/indicator-values/imports'), () =>
        problem(422, {
          detail: 'Файл не прочитан.',
          errors: [{ field: 'file', message: 'в строке заголовка нет столбцов: school_code, value' }],
        }),
      ),
    );
    renderApp({ route: '/value-imports' });
    await chooseFile('values.csv', 'a;b\n1;2\n', 'text/csv');
    await user.click(screen.getByRole('button', { name: 'Загрузить' }));
    const alert = await screen.findByTestId('import-error');
    expect(alert).toHaveTextContent('Файл не принят');
    expect(alert).toHaveTextContent('Файл не прочитан.');
    expect(alert).toHaveTextContent('в строке заголовка нет столбцов: school_code, value');
  });

  it('reports a job that failed on the server', async () => {
    answerUpload(importJob({ status: 'FAILED', phase: 'APPLY', progress: 60, failure: 'Сервер остановлен во время загрузки' }));
    renderApp({ route: '/value-imports' });
    await chooseFile('values.csv', CSV, 'text/csv');
    await user.click(screen.getByRole('button', { name: 'Загрузить' }));
    expect(await screen.findByText('Загрузка не удалась')).toBeInTheDocument();
    expect(screen.getByText('Сервер остановлен во время загрузки')).toBeInTheDocument();
  });

  it('documents the file format and downloads the export as an example', async () => {
    const exports: URLSearchParams[] = [];
    server.use(
      http.get(api('/indicator-values'), ({ request }) => {
        exports.push(new URL(request.url).searchParams);
        return new HttpResponse(CSV, {
          headers: { 'Content-Type': 'text/csv; charset=UTF-8', 'Content-Disposition': 'attachment; filename="values-NOO_BASE_LEVEL.csv"' },
        });
      }),
    );
    const saved: string[] = [];
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:test', revokeObjectURL: () => undefined }));
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    renderApp({ route: '/value-imports' });
    const format = await screen.findByTestId('file-format');
    for (const column of ['school_code', 'indicator_code', 'period', 'subject', 'grade', 'value', 'comment']) {
      expect(within(format).getByText(column, { selector: 'code' })).toBeInTheDocument();
    }
    expect(within(format).getByTestId('csv-example')).toHaveTextContent('school_code;indicator_code;period;subject;grade;value;comment');

    await user.click(within(format).getByRole('combobox', { name: 'Показатель для выгрузки' }));
    await user.click(await screen.findByTitle('Доля обучающихся 4-х классов, достигших базового уровня подготовки'));
    await user.click(within(format).getByRole('button', { name: /Выгрузить CSV/ }));
    await waitFor(() => expect(saved).toEqual(['values-NOO_BASE_LEVEL.csv']));
    expect(exports[0].get('format')).toBe('csv');
    expect(exports[0].get('indicator')).toBe('NOO_BASE_LEVEL');
  });

  it('loads assessment results as counts of marks in their own mode', async () => {
    const assessments: Upload[] = [];
    server.use(
      http.post(api('/indicator-values/assessment-imports'), async ({ request }) => {
        assessments.push({ params: new URL(request.url).searchParams, contentType: request.headers.get('Content-Type'), body: await request.text() });
        return HttpResponse.json(
          importJob({ kind: 'ASSESSMENT', dryRun: true, status: 'DONE', phase: 'DONE', progress: 100, totalRows: 8, processedRows: 8, created: 8, fileName: 'vpr.csv' }),
        );
      }),
      http.post(api('/indicator-values/imports'), () => {
        throw new Error('values import must not be called');
      }),
    );
    const VPR = 'school_code;assessment;year;subject;grade;participants;mark_2;mark_3;mark_4;mark_5\n5818003401;ВПР;2025;Математика;4;52;3;20;19;10\n';
    renderApp({ route: '/value-imports' });
    await screen.findByTestId('import-page');
    await user.click(screen.getByText('Результаты оценочных процедур (ВПР)'));
    const format = await screen.findByTestId('file-format');
    expect(within(format).getByText('participants', { selector: 'code' })).toBeInTheDocument();
    expect(within(format).getByText('mark_2 … mark_5', { selector: 'code' })).toBeInTheDocument();
    expect(screen.getByTestId('import-page').querySelector('input[type="file"]')).toHaveAttribute('accept', '.csv,.txt,text/csv');

    await chooseFile('vpr.csv', VPR, 'text/csv');
    await user.click(screen.getByRole('checkbox', { name: 'Только проверить' }));
    await user.click(screen.getByRole('button', { name: 'Проверить' }));
    expect(await screen.findByText('Проверка пройдена: ошибок нет')).toBeInTheDocument();
    expect(assessments[0].contentType).toBe('text/csv');
    expect(assessments[0].body).toBe(VPR);
    expect(assessments[0].params.get('dryRun')).toBe('true');
    expect(assessments[0].params.get('fileName')).toBe('vpr.csv');
    expect(plain(screen.getByTestId('import-summary'))).toContain('Было бы добавлено8');
  });

  it('lists the organisation’s uploads, newest first', async () => {
    pastImports = [
      importJob({
        id: 503,
        status: 'RUNNING',
        fileName: 'big.csv',
        createdAt: '2026-12-01T09:05:00Z',
        createdBy: 'ministry.ivanova',
        createdByName: 'ministry.ivanova',
      }),
      importJob({
        id: 502,
        dryRun: true,
        status: 'REJECTED',
        phase: 'DONE',
        progress: 100,
        fileName: 'check.json',
        format: 'JSON',
        created: 7,
        rejected: 2,
        createdAt: '2026-11-30T14:30:00Z',
        createdByName: 'Ольга Смирнова',
      }),
      importJob({
        id: 501,
        status: 'DONE',
        phase: 'DONE',
        progress: 100,
        created: 10500,
        updated: 1200,
        unchanged: 300,
        createdAt: '2026-11-30T12:00:00Z',
        createdBy: 'ministry.penza',
      }),
    ];
    renderApp({ route: '/value-imports' });
    const history = await screen.findByTestId('import-history');
    expect(within(history).getByText('Загрузки вашей организации')).toBeInTheDocument();
    await within(history).findByText('values-2025.csv');
    const [header, ...rows] = within(history).getAllByRole('row');
    expect(within(header).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual([
      'Файл',
      'Когда',
      'Кто загрузил',
      'Итог',
      'Добавлено',
      'Изменено',
      'Без изменений',
      'Отклонено',
    ]);
    const cells = rows.map((row) => within(row).getAllByRole('cell').map((cell) => plain(cell)));
    const at = (iso: string) => formatDateTime(iso);
    expect(cells).toEqual([
      // People by name; a login the directory has not seen comes as the login itself.
      ['big.csv', at('2026-12-01T09:05:00Z'), 'ministry.ivanova', 'Выполняется', '0', '0', '0', '0'],
      ['check.json', at('2026-11-30T14:30:00Z'), 'Ольга Смирнова', 'ОтклоненаТолько проверка', '7', '0', '0', '2'],
      ['values-2025.csv', at('2026-11-30T12:00:00Z'), 'Ирина Петрова', 'Выполнена', '10 500', '1 200', '300', '0'],
    ]);
    expect(at('2026-11-30T12:00:00Z')).toMatch(/^\d{2}\.\d{2}\.2026, \d{2}:\d{2}$/);
    expect(within(history).getByText('Выполнена').closest('.ant-tag')).toHaveClass('ant-tag-success');
    expect(within(history).getByText('Отклонена').closest('.ant-tag')).toHaveClass('ant-tag-error');
    expect(listedPages[0].get('page')).toBe('1');
  });

  it('asks the server for the next page of uploads', async () => {
    pastImports = Array.from({ length: 12 }, (_, i) =>
      importJob({ id: 600 - i, status: 'DONE', phase: 'DONE', progress: 100, fileName: `values-${i + 1}.csv` }),
    );
    renderApp({ route: '/value-imports' });
    const history = await screen.findByTestId('import-history');
    await within(history).findByText('values-1.csv');
    expect(within(history).getAllByRole('row')).toHaveLength(11);
    expect(listedPages.map((params) => params.get('page'))).toEqual(['1']);

    await user.click(within(history).getByTitle('2'));
    expect(await within(history).findByText('values-11.csv')).toBeInTheDocument();
    expect(within(history).getByText('values-12.csv')).toBeInTheDocument();
    expect(within(history).queryByText('values-1.csv')).not.toBeInTheDocument();
    expect(listedPages.at(-1)?.get('page')).toBe('2');
    expect(listedPages.at(-1)?.get('size')).toBe('10');
  });

  it('follows a running upload on the list until it ends, and names uploads of other kinds', async () => {
    pastImports = [
      importJob({ id: 702, status: 'RUNNING', fileName: 'big.csv' }),
      importJob({ id: 701, kind: 'TEMPLATE', format: 'XLSX', status: 'DONE', phase: 'DONE', progress: 100, fileName: 'campaign.xlsx' }),
    ];
    renderApp({ route: '/value-imports' });
    const history = await screen.findByTestId('import-history');
    expect(await within(history).findByText('Выполняется')).toBeInTheDocument();
    const campaignRow = within(history).getByText('campaign.xlsx').closest('tr') as HTMLElement;
    expect(plain(campaignRow)).toContain('campaign.xlsxШаблон кампании (XLSX)');
    expect(plain(within(history).getByText('big.csv').closest('tr'))).not.toContain('Шаблон');

    // Started elsewhere, the job ends: the list asks again by itself and shows it done.
    pastImports[0] = importJob({ id: 702, status: 'DONE', phase: 'DONE', progress: 100, fileName: 'big.csv', created: 250000 });
    expect(await within(history).findByText('250 000', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(within(history).queryByText('Выполняется')).not.toBeInTheDocument();
    const asked = listedPages.length;
    expect(asked).toBeGreaterThanOrEqual(2);

    // Nothing on the page is running any more: it is asked no more.
    await new Promise((resolve) => setTimeout(resolve, 3500));
    expect(listedPages.length).toBe(asked);
  }, 15000);

  it('says so when the organisation has not uploaded anything', async () => {
    renderApp({ route: '/value-imports' });
    const history = await screen.findByTestId('import-history');
    expect(await within(history).findByText('Загрузок пока нет')).toBeInTheDocument();
  });

  it('is not for schools', async () => {
    server.use(meHandler(meSchool));
    renderApp({ route: '/value-imports' });
    expect(await screen.findByText('Нет доступа')).toBeInTheDocument();
  });
});

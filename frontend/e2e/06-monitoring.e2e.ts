import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, launchBrowser, newSession, screenshot, openMenu, signIn } from './support';

const CAMPAIGN = 'Самообследование школ за 2026 год';
const SCHOOL = 'МБОУ СОШ № 1 г. Никольска';
const PARENTS = 'Доля родителей, удовлетворённых качеством образования';
const RETURN_REASON = 'Не совпадает с протоколом анкетирования: ответили 214 родителей, довольны 131';

/** Opens a page of the «Мониторинг» sub-menu, as a user would. */
async function openMonitoring(page: Page, item: string) {
  await openMenu(page, item, 'Мониторинг');
}

/** The form's status as its banner shows it. */
async function waitForFormStatus(page: Page, status: string) {
  await page.getByTestId('form-status').filter({ hasText: status }).first().waitFor();
}

/** Lets the chart finish its transition to the new line (0.3 s) and the tables their loading, for the screenshot. */
async function settleChart(page: Page) {
  await page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached' }).catch(() => undefined);
  await page.waitForTimeout(800);
}

function field(page: Page, code: string): Locator {
  return page.getByTestId(`field-${code}`);
}

async function fillNumber(page: Page, code: string, value: string) {
  const input = field(page, code).getByRole('spinbutton');
  await input.fill(value);
  await input.press('Tab');
}

/** Opens the school's form from the municipality's queue «Формы на проверке». */
async function openFromReviewQueue(page: Page) {
  await openMonitoring(page, 'Формы на проверке');
  await page.getByRole('heading', { name: 'Формы на проверке' }).waitFor();
  const row = page.locator('.ant-table-row', { hasText: SCHOOL }).filter({ hasText: CAMPAIGN });
  await row.waitFor();
  await row.getByRole('link', { name: SCHOOL }).click();
  await page.getByRole('heading', { name: SCHOOL }).waitFor();
  await waitForFormStatus(page, 'На проверке');
}

describe('the 2026 self-assessment campaign', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('is filled by the school, returned and accepted by the municipality and seen in the analysis', async () => {
    // 1. The school fills its form: last year's values stand beside the fields.
    const school = await newSession(browser);
    let page = school.page;
    await signIn(page, 'school.nikolsk1', '/', 'monitoring-school.nikolsk1');
    await openMonitoring(page, 'Кампании сбора');
    await page.getByRole('link', { name: CAMPAIGN, exact: true }).click();
    await page.getByRole('heading', { name: SCHOOL }).waitFor();
    await waitForFormStatus(page, 'Не начата');
    const formUrl = page.url();
    expect(formUrl).toMatch(new RegExp(`^${BASE_URL}/campaigns/\\d+/forms/\\d+$`));
    for (const code of ['STAFFING_RATE', 'PARENTS_SATISFIED', 'TEACHERS_TOTAL', 'TEACHERS_TRAINED']) {
      expect(await field(page, code).getByTestId('previous-value').innerText()).toMatch(/^2025: \d+(,\d+)?/);
    }
    expect(await field(page, 'VPR_NON_OBJECTIVE').getByTestId('previous-value').innerText()).toBe('2025: нет');
    expect(await field(page, 'PARENTS_SATISFIED').getByTestId('target-value').innerText()).toMatch(/^Цель: 78/);
    await screenshot(page, 'monitoring-01-school-empty-form');

    await fillNumber(page, 'STAFFING_RATE', '84,5');
    await fillNumber(page, 'PARENTS_SATISFIED', '66,2');
    await fillNumber(page, 'TEACHERS_TOTAL', '54');
    await fillNumber(page, 'TEACHERS_TRAINED', '30');
    await field(page, 'VPR_NON_OBJECTIVE').locator('label', { hasText: 'нет' }).click();
    await page.getByTestId('unsaved').filter({ hasText: '5' }).waitFor();
    await page.getByRole('button', { name: 'Сохранить черновик' }).first().click();
    await waitForFormStatus(page, 'Черновик');
    // The share is computed from its two counts: 30 of 54.
    await field(page, 'TEACHERS_TRAINED_SHARE').getByTestId('computed-value').filter({ hasText: '55,56' }).waitFor();
    await screenshot(page, 'monitoring-02-school-draft-saved');
    await page.getByRole('button', { name: 'Сдать на проверку' }).first().click();
    await waitForFormStatus(page, 'На проверке');
    await screenshot(page, 'monitoring-03-school-submitted');
    await school.context.close();

    // 2. The municipality returns one value with its reason.
    const municipality = await newSession(browser);
    page = municipality.page;
    await signIn(page, 'mo.nikolsk', '/', 'monitoring-mo.nikolsk');
    await openFromReviewQueue(page);
    expect(await field(page, 'STAFFING_RATE').getByRole('spinbutton').inputValue()).toBe('84,5');
    await screenshot(page, 'monitoring-04-municipality-review');
    await field(page, 'PARENTS_SATISFIED').locator('.ant-checkbox-wrapper', { hasText: 'Вернуть' }).click();
    await page.getByRole('button', { name: 'Вернуть на доработку' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(PARENTS).fill(RETURN_REASON);
    await screenshot(page, 'monitoring-05-municipality-return-dialog');
    await dialog.getByRole('button', { name: 'Вернуть на доработку' }).click();
    await waitForFormStatus(page, 'Возвращена');
    await screenshot(page, 'monitoring-06-municipality-returned');

    // 3. The school sees the returned value with the reason, fixes it and submits again.
    const schoolAgain = await newSession(browser);
    page = schoolAgain.page;
    await signIn(page, 'school.nikolsk1', new URL(formUrl).pathname, 'monitoring-school.nikolsk1-again');
    await page.getByRole('heading', { name: SCHOOL }).waitFor();
    await waitForFormStatus(page, 'Возвращена');
    const returned = field(page, 'PARENTS_SATISFIED').getByTestId('value-return-reason');
    expect(await returned.innerText()).toBe(`Возвращено: ${RETURN_REASON}`);
    expect(await field(page, 'STAFFING_RATE').getByTestId('value-return-reason').count()).toBe(0);
    await screenshot(page, 'monitoring-07-school-value-returned');
    await fillNumber(page, 'PARENTS_SATISFIED', '61,2');
    await field(page, 'PARENTS_SATISFIED')
      .getByRole('textbox', { name: `Комментарий: ${PARENTS}` })
      .fill('Исправлено по протоколу: 131 из 214');
    await page.getByRole('button', { name: 'Сдать на проверку' }).first().click();
    await waitForFormStatus(page, 'На проверке');
    await screenshot(page, 'monitoring-08-school-resubmitted');
    await schoolAgain.context.close();

    // 4. The municipality accepts the corrected form.
    await openFromReviewQueue(page = municipality.page);
    expect(await field(page, 'PARENTS_SATISFIED').getByRole('spinbutton').inputValue()).toBe('61,2');
    await page.getByRole('button', { name: 'Принять', exact: true }).click();
    await waitForFormStatus(page, 'Принята');
    await screenshot(page, 'monitoring-09-municipality-accepted');
    await municipality.context.close();

    // 5. The ministry sees the accepted form in the campaign's completeness and the value in the analysis.
    const ministry = await newSession(browser);
    page = ministry.page;
    await signIn(page, 'ministry.penza', '/', 'monitoring-ministry.penza');
    await openMonitoring(page, 'Кампании сбора');
    await page.getByRole('link', { name: CAMPAIGN, exact: true }).click();
    await page.getByRole('heading', { name: CAMPAIGN }).waitFor();
    const nikolsk = page.getByTestId('completeness').locator('.ant-table-row', { hasText: 'Никольский район' });
    await nikolsk.waitFor();
    // Муниципалитет, ожидается, не начата, черновик, на проверке, возвращена, принята, …
    const cells = await nikolsk.locator('td').allInnerTexts();
    expect(cells.slice(0, 7).map((c) => c.trim())).toEqual(['Никольский район', '4', '3', '0', '0', '0', '1']);
    await screenshot(page, 'monitoring-10-ministry-completeness');

    await openMonitoring(page, 'Анализ');
    await page.getByRole('heading', { name: 'Анализ показателей' }).waitFor();
    await page.getByRole('combobox', { name: 'Показатель' }).click();
    await page.keyboard.type('STAFFING_RATE');
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
        hasText: 'Укомплектованность педагогическими кадрами',
      })
      .first()
      .click();
    await page.getByTestId('dynamics-table').waitFor();
    await page.getByTestId('breakdown-table').waitFor();
    await settleChart(page);
    await screenshot(page, 'monitoring-11-ministry-analytics-region');
    await page.locator('.ant-segmented-item', { hasText: 'Школа' }).click();
    await page.getByRole('combobox', { name: 'Школа' }).click();
    await page.keyboard.type('Никольска');
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: SCHOOL })
      .first()
      .click();
    await page.getByTestId('dynamics-unit').filter({ hasText: SCHOOL }).waitFor();
    const row2026 = page.getByTestId('dynamics-table').locator('.ant-table-row', { hasText: '2026' });
    await row2026.waitFor();
    expect(await row2026.innerText()).toMatch(/84,5/);
    const row2025 = page.getByTestId('dynamics-table').locator('.ant-table-row', { hasText: '2025' });
    expect(await row2025.count()).toBe(1);
    expect(await page.getByTestId('dynamics-chart').getAttribute('aria-label')).toMatch(/84,5.*2026/);
    await settleChart(page);
    await screenshot(page, 'monitoring-12-ministry-analytics-school');
    await ministry.context.close();
  });
});

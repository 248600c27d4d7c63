import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, bodyText, launchBrowser, newSession, screenshot, signIn } from './support';

const EVIDENCE_URL = 'https://kamenka-edu.ru/docs/prikaz-45.pdf';
const PERIOD = 'III квартал 2026 г.';

async function chooseStatus(page: Page, card: ReturnType<Page['getByTestId']>, label: string) {
  await card.locator('.ant-select').first().click();
  // Closed dropdowns stay in the page (hidden after their animation); the open one is the last shown.
  await page
    .locator(`.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="${label}"]`)
    .last()
    .click();
  await card.locator('.ant-select', { hasText: label }).first().waitFor();
}

describe('a quarterly execution report', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('is submitted by the municipal coordinator with an evidence link and accepted by the ministry', async () => {
    const coordinator = await newSession(browser);
    const page = coordinator.page;
    await signIn(page, 'mo.kamenka', '/roadmaps', 'roadmap-mo.kamenka');
    await page.waitForURL(`${BASE_URL}/roadmaps`);
    const row = page.locator('.ant-table-row', { hasText: 'Каменский район' }).first();
    await row.waitFor();
    expect(await row.innerText()).toContain('1 отчёт не сдан в срок');
    await screenshot(page, 'roadmap-01-list-overdue');

    await row.getByRole('link').first().click();
    await page.getByTestId('roadmap-document').waitFor();
    expect(await page.getByTestId('roadmap-document').innerText()).toContain('Приказ от 20.02.2025 № 45');
    await screenshot(page, 'roadmap-02-measures');
    await page.getByRole('tab', { name: 'График' }).click();
    await page.getByTestId('timeline').waitFor();
    await screenshot(page, 'roadmap-03-timeline');
    await page.getByRole('tab', { name: 'Отчёты' }).click();
    await page.getByRole('link', { name: `Открыть отчёт: ${PERIOD}` }).click();

    await page.getByRole('heading', { name: `Отчёт о выполнении за ${PERIOD}` }).waitFor();
    const cards = page.locator('[data-testid^="item-"]');
    const count = await cards.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const card = cards.nth(i);
      await chooseStatus(page, card, 'Выполнено');
      await card.getByLabel('Что сделано').fill(`Выполнено в III квартале 2026 года (мероприятие ${i + 1})`);
      if (i === 0) {
        await card.getByRole('button', { name: /Добавить ссылку/ }).click();
        await card.getByLabel('Ссылка').fill(EVIDENCE_URL);
        await card.getByLabel('Название документа').fill('Приказ № 45');
      }
    }
    // One save for the whole report: every changed item goes to the server, and the «required» marks go.
    await page.getByRole('button', { name: 'Сохранить отчёт' }).click();
    await page.getByText('обязательно для сдачи').first().waitFor({ state: 'detached' });
    expect(await page.getByText('обязательно для сдачи').count()).toBe(0);
    await screenshot(page, 'roadmap-04-report-filled');
    await page.getByRole('button', { name: 'Сдать отчёт' }).click();
    await page.getByTestId('report-status').filter({ hasText: 'Сдан, на проверке' }).waitFor();
    await screenshot(page, 'roadmap-05-report-submitted');
    await coordinator.context.close();

    const ministry = await newSession(browser);
    await signIn(ministry.page, 'ministry.penza', '/reviews', 'roadmap-ministry.penza');
    const task = ministry.page.locator('.ant-table-row', { hasText: 'Каменский район' }).filter({ hasText: PERIOD });
    await task.waitFor();
    await screenshot(ministry.page, 'roadmap-06-review-queue');
    await task.getByRole('link', { name: PERIOD }).click();
    await ministry.page.getByRole('heading', { name: `Отчёт о выполнении за ${PERIOD}` }).waitFor();
    // The reviewer reads the report as a table: the evidence is a link, the text is shown, nothing is editable.
    const table = ministry.page.getByTestId('report-table');
    await table.waitFor();
    expect(await table.getByRole('link', { name: 'Приказ № 45' }).getAttribute('href')).toBe(EVIDENCE_URL);
    expect(await table.innerText()).toContain('Выполнено в III квартале 2026 года (мероприятие 1)');
    expect(await ministry.page.getByRole('textbox').count()).toBe(0);
    await ministry.page.getByRole('button', { name: 'Принять' }).click();
    await ministry.page.getByTestId('report-status').filter({ hasText: 'Принят' }).waitFor();
    await screenshot(ministry.page, 'roadmap-07-report-accepted');

    await ministry.page.goto(`${BASE_URL}/reviews`);
    await ministry.page.getByRole('heading', { name: 'На проверке' }).waitFor();
    await ministry.page.locator('.ant-spin-spinning').waitFor({ state: 'detached' }).catch(() => undefined);
    expect(await bodyText(ministry.page)).not.toContain(`Каменский район`);
    await ministry.context.close();
  });
});

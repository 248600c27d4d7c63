import { statSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newSession, openMenu, screenshot, signIn } from './support';

const YEAR = new Date().getFullYear();
const MUNICIPALITY = 'Никольский район';
const STAMP = Date.now().toString(36);
const COMMENT = `Адресное методическое сопровождение подтверждено протоколами совещаний МОУО (e2e ${STAMP})`;
const PROBLEMS = `Часть муниципалитетов не представила документы о реализации дорожных карт (e2e ${STAMP}).`;
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };

/** Opens an Ant Design select and picks an option in its own dropdown (as in 07-identification). */
async function choose(page: Page, select: Locator, option: string) {
  await select.click();
  const list = await select.getAttribute('aria-controls');
  if (!list) throw new Error('the select names no list of options');
  const dropdown = page.locator('.ant-select-dropdown', { has: page.locator(`[id="${list}"]`) });
  await dropdown.locator('.ant-select-item-option', { hasText: option }).first().click();
  await dropdown.waitFor({ state: 'hidden' });
}

async function settle(page: Page) {
  await page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached' }).catch(() => undefined);
  await page.waitForTimeout(600);
}

/** A desktop and a phone screenshot of the same page. */
async function bothSizes(page: Page, name: string) {
  await screenshot(page, `${name}-1440`);
  await page.setViewportSize(PHONE);
  await settle(page);
  await screenshot(page, `${name}-390`);
  await page.setViewportSize(DESKTOP);
  await settle(page);
}

describe('the scorecard of municipal roadmaps', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the ministry overrides a mark with a comment, makes a snapshot, edits the note and downloads it', async () => {
    const { page } = await newSession(browser);
    await signIn(page, 'ministry.penza', '/', 'scorecard-ministry');
    await openMenu(page, 'Оценка дорожных карт');
    await page.getByRole('heading', { name: 'Оценка муниципальных дорожных карт' }).waitFor();
    const municipalityLink = page.getByRole('link', { name: MUNICIPALITY, exact: true });
    await municipalityLink.waitFor();
    await expect(page.getByText(/выполнено \d+ из \d+/).first().isVisible()).resolves.toBe(true);
    await settle(page);
    await bothSizes(page, 'scorecard-01-region');

    // 1. The card of Никольский район: six criteria, each with a mark computed from live data.
    await municipalityLink.click();
    await page.getByRole('heading', { name: `${MUNICIPALITY}: оценка дорожной карты за ${YEAR} год` }).waitFor();
    await expect(page.locator('[data-testid^="criterion-"]').count()).resolves.toBe(6);
    await settle(page);
    await bothSizes(page, 'scorecard-02-card');

    // 2. The expert overrides the first criterion the server lets them mark, with a comment.
    const action = page.getByRole('button', { name: /(Поставить|Изменить) экспертную оценку/ }).first();
    const criterion = page.locator('[data-testid^="criterion-"]', { has: action });
    await action.click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await choose(page, dialog.getByRole('combobox', { name: 'Оценка эксперта' }), 'Частично');
    await dialog.getByLabel('Комментарий').fill(COMMENT);
    await screenshot(page, 'scorecard-03-mark-modal');
    await dialog.getByRole('button', { name: 'Сохранить' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const expert = criterion.locator('[data-testid^="expert-"]');
    await expert.filter({ hasText: COMMENT }).waitFor();
    await expect(expert.innerText()).resolves.toContain('Частично');
    await settle(page);
    await screenshot(page, 'scorecard-04-expert-mark');

    // 3. Back to the region: the expert mark is in the table; a snapshot of the scorecard for the note.
    await page.getByRole('button', { name: 'К сводной оценке' }).click();
    await page.getByRole('heading', { name: 'Оценка муниципальных дорожных карт' }).waitFor();
    await municipalityLink.waitFor();
    await page
      .getByRole('row')
      .filter({ has: municipalityLink })
      .getByLabel('Частично (Экспертная оценка)')
      .first()
      .waitFor();
    await page.getByRole('button', { name: 'Сделать снимок' }).click();
    // A new snapshot opens its texts, pre-filled from the marks.
    const texts = page.getByRole('dialog');
    await texts.waitFor();
    const problems = texts.getByLabel('Проблемы');
    await expect(problems.inputValue()).resolves.not.toBe('');
    await problems.fill(PROBLEMS);
    await settle(page);
    await screenshot(page, 'scorecard-05-note-texts');
    await texts.getByRole('button', { name: 'Сохранить тексты' }).click();
    await texts.waitFor({ state: 'hidden' });

    // 4. The note as DOCX from the newest snapshot.
    const note = page.locator('.ant-card').filter({ has: page.getByText('Аналитическая записка', { exact: true }) });
    await note.getByRole('button', { name: 'Тексты записки' }).first().click();
    await expect(page.getByRole('dialog').getByLabel('Проблемы').inputValue()).resolves.toBe(PROBLEMS);
    await page.getByRole('dialog').getByRole('button', { name: 'Отмена' }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    const [download] = await Promise.all([page.waitForEvent('download'), note.getByRole('button', { name: 'Скачать DOCX' }).first().click()]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const file = await download.path();
    expect(statSync(file).size).toBeGreaterThan(0);
    // Kept beside the screenshots, to be read as the ministry would.
    await download.saveAs('test-results/e2e/scorecard-note.docx');
    await note.scrollIntoViewIfNeeded();
    await settle(page);
    await bothSizes(page, 'scorecard-06-note');
  });

  it('a municipality sees its own card with the expert mark and no mark actions', async () => {
    const { page } = await newSession(browser);
    await signIn(page, 'mo.nikolsk', '/', 'scorecard-municipality');
    await openMenu(page, 'Оценка дорожной карты');
    await page.getByRole('heading', { name: `${MUNICIPALITY}: оценка дорожной карты за ${YEAR} год` }).waitFor();
    await expect(page.locator('[data-testid^="criterion-"]').count()).resolves.toBe(6);
    await page.locator('[data-testid^="expert-"]').filter({ hasText: COMMENT }).waitFor();
    await expect(page.getByRole('button', { name: /экспертную оценку/ }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'К сводной оценке' }).count()).resolves.toBe(0);
    await settle(page);
    await bothSizes(page, 'scorecard-07-municipality-card');
  });
});

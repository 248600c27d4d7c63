import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyText, launchBrowser, newSession, screenshot, openMenu, signIn } from './support';

const DRAFT = 'Критерии отнесения к ШНОР на 2027 год (иллюстративные, черновик)';
const SCHOOL = 'МБОУ СОШ № 1 г. Никольска';
const ORDER = '5/01-07';

/** Opens a page of the «ШНОР, ШНСУ и риски» sub-menu, as a user would. */
async function openIdentification(page: Page, item: string) {
  await openMenu(page, item, 'ШНОР, ШНСУ и риски');
}

/**
 * Opens an Ant Design select and picks an option in its own dropdown: the dropdown of the select before may still be
 * fading out, and an option found there is gone by the time it is clicked.
 */
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

describe('identification of ШНОР and ШНСУ', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the ministry edits a rule, runs it and approves the list; the municipality and the school see why', async () => {
    // 1. The ministry opens the draft criteria of 2027 and relaxes the rule to one year of the last two.
    const ministry = await newSession(browser);
    let page = ministry.page;
    await signIn(page, 'ministry.penza', '/', 'identification-ministry');
    await openIdentification(page, 'Выявление ШНОР/ШНСУ');
    await page.getByRole('heading', { name: 'Выявление ШНОР и ШНСУ' }).waitFor();
    await page.getByRole('link', { name: DRAFT }).click();
    await page.getByRole('heading', { name: DRAFT }).waitFor();
    const preview = page.getByTestId('preview-entry-1');
    await preview.filter({ hasText: /из \d+/ }).waitFor();
    const before = await preview.innerText();
    await settle(page);
    await screenshot(page, 'identification-01-criteria-editor');

    const required = page.getByRole('spinbutton', { name: 'Сколько лет условие должно выполняться' }).first();
    await required.fill('1');
    await required.press('Tab');
    await page.waitForFunction(
      ([selector, text]) => document.querySelector(selector)?.textContent?.includes('из') && !document.querySelector(selector)?.textContent?.includes(text),
      ['[data-testid="preview-entry-1"]', before.split('\n').pop() ?? ''] as const,
    );
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByText('Критерии сохранены').waitFor();

    // 2. The dry run: who enters, stays, leaves, and why.
    await page.getByRole('tab', { name: 'Пробный расчёт' }).click();
    await page.getByText(/Рассмотрено школ: \d+/).waitFor();
    const row = page.locator('.ant-table-row', { hasText: 'МБОУ СОШ с. Вазерки' });
    await row.getByText('Входит').waitFor();
    await row.locator('.ant-table-row-expand-icon').click();
    await page.getByText(/Математика, 4 класс: \d+(,\d+)? %|Русский язык, 4 класс: \d+(,\d+)? %/).first().waitFor();
    await settle(page);
    await screenshot(page, 'identification-02-dry-run-evidence');

    // 3. Approval with the order.
    await page.getByRole('button', { name: 'Утвердить перечень' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(/По критериям предлагается \d+/).waitFor();
    await dialog.getByLabel('Номер').fill(ORDER);
    await dialog.getByLabel('Дата').fill('20.01.2027');
    await dialog.getByLabel('Дата').press('Enter');
    await screenshot(page, 'identification-03-approval');
    await dialog.getByRole('button', { name: 'Утвердить' }).click();
    await page.getByRole('heading', { name: 'Перечень: ШНОР на 2027 год' }).waitFor();
    expect(await bodyText(page)).toContain(`Приказ № ${ORDER} от 20.01.2027`);
    await settle(page);
    await screenshot(page, 'identification-04-approved-list');
    const listUrl = page.url();
    await ministry.context.close();

    // 4. The municipality sees the list of its own schools with the evidence.
    const municipality = await newSession(browser);
    page = municipality.page;
    await signIn(page, 'mo.nikolsk', '/', 'identification-mo');
    await openIdentification(page, 'Перечни ШНОР/ШНСУ');
    await page.getByRole('link', { name: `Приказ № ${ORDER} от 20.01.2027` }).click();
    await page.getByRole('heading', { name: 'Перечень: ШНОР на 2027 год' }).waitFor();
    expect(page.url()).toBe(listUrl);
    const municipalText = await bodyText(page);
    expect(municipalText).toContain(SCHOOL);
    expect(municipalText).not.toContain('г. Каменки');
    await page.locator('.ant-table-row', { hasText: SCHOOL }).locator('.ant-table-row-expand-icon').click();
    await page.getByText('Основание:').first().waitFor();
    await settle(page);
    await screenshot(page, 'identification-05-municipality-list');

    // 5. The school sees its own status and why.
    const school = await newSession(browser);
    const sp = school.page;
    await signIn(sp, 'school.nikolsk1', '/', 'identification-school');
    await openIdentification(sp, 'Перечни ШНОР/ШНСУ');
    await sp.getByRole('link', { name: `Приказ № ${ORDER} от 20.01.2027` }).click();
    await sp.getByText('Ваша школа включена в перечень (ШНОР) на 2027 год').waitFor();
    expect(await bodyText(sp)).not.toContain('г. Каменки');
    await settle(sp);
    await screenshot(sp, 'identification-06-school-own-status');
    await school.context.close();
    await municipality.context.close();
  }, 600_000);

  it('the school fills and submits its «500+» risk profile; the municipality accepts it and sees the heat map', async () => {
    // 1. The school fills a level for every factor, explains one, and submits.
    const school = await newSession(browser);
    const sp = school.page;
    await signIn(sp, 'school.nikolsk1', '/', 'risk-profile-school');
    await openIdentification(sp, 'Профиль рисков');
    await sp.getByRole('heading', { name: /Профиль рисков «500\+» на \d{4} год/ }).waitFor();
    await sp.getByText('Не начат').first().waitFor();
    const selects = sp.getByRole('combobox', { name: /^Самооценка: / });
    const count = await selects.count();
    expect(count).toBeGreaterThanOrEqual(10);
    for (let i = 0; i < count; i++) {
      await choose(sp, selects.nth(i), i < 2 ? 'Высокий' : i < 4 ? 'Средний' : 'Низкий');
    }
    await sp.getByRole('textbox', { name: 'Пояснение: Дефицит педагогических кадров' }).fill('Две вакансии учителей начальных классов');
    await screenshot(sp, 'identification-07-school-profile-filled');
    await sp.getByRole('button', { name: 'Сдать профиль' }).click();
    await sp.getByText('Профиль сдан муниципалитету').waitFor();
    await sp.getByText('Сдан', { exact: true }).first().waitFor();
    await settle(sp);
    await screenshot(sp, 'identification-08-school-profile-submitted');
    const profileUrl = sp.url();

    // The same page on a phone.
    const phone = await browser.newContext({ locale: 'ru-RU', viewport: { width: 390, height: 844 }, storageState: await school.context.storageState() });
    const pp = await phone.newPage();
    await pp.goto(profileUrl);
    await pp.getByRole('heading', { name: /Профиль рисков/ }).waitFor();
    await settle(pp);
    await screenshot(pp, 'identification-09-school-profile-phone');
    await phone.close();
    await school.context.close();

    // 2. The municipality accepts the profile.
    const municipality = await newSession(browser);
    const page = municipality.page;
    await signIn(page, 'mo.nikolsk', '/', 'risk-profile-mo');
    await openIdentification(page, 'Профили рисков школ');
    await page.getByRole('link', { name: SCHOOL }).first().click();
    await page.getByRole('button', { name: 'Принять' }).click();
    await page.getByText('Профиль принят').waitFor();
    await page.getByText('Принят', { exact: true }).first().waitFor();
    await settle(page);
    await screenshot(page, 'identification-10-municipality-accepted');
    expect(page.url()).toBe(profileUrl);

    // 3. The municipality's analytics with the heat map.
    await openIdentification(page, 'Аналитика рисков');
    await page.getByRole('heading', { name: /Аналитика/ }).waitFor();
    await page.getByRole('img', { name: /Тепловая карта/ }).waitFor();
    await settle(page);
    await screenshot(page, 'identification-11-municipality-analytics');
    await municipality.context.close();

    // 4. The school's curator opens the accepted profile from the list of their schools and may set a level.
    const curator = await newSession(browser);
    const cp = curator.page;
    await signIn(cp, 'curator.penza1', '/', 'risk-profile-curator');
    await openMenu(cp, 'Мои школы');
    await cp.locator('.ant-table-row', { hasText: SCHOOL }).getByRole('button', { name: 'Профиль рисков' }).click();
    await cp.getByRole('heading', { name: /Профиль рисков «500\+» на \d{4} год/ }).waitFor();
    expect(cp.url()).toBe(profileUrl);
    await cp.getByRole('button', { name: /Решение/ }).first().waitFor();
    expect(await cp.getByRole('button', { name: 'Принять' }).count()).toBe(0);
    await settle(cp);
    await screenshot(cp, 'identification-12-curator-profile');
    await curator.context.close();
  }, 600_000);

  it('the ministry keeps the risk factors and their derivation rules', async () => {
    const ministry = await newSession(browser);
    const page = ministry.page;
    await signIn(page, 'ministry.penza', '/', 'risk-factors-ministry');
    await openIdentification(page, 'Факторы риска');
    await page.getByRole('heading', { name: 'Факторы риска «500+»' }).waitFor();
    const shortage = page.locator('.ant-table-row', { hasText: 'Дефицит педагогических кадров' });
    await shortage.getByText('Общий перечень').waitFor();
    expect(await shortage.getByRole('button', { name: /Изменить/ }).count()).toBe(0);
    await settle(page);
    await screenshot(page, 'identification-13-risk-factors');
    await shortage.getByRole('button', { name: /Правила расчёта/ }).click();
    await page.getByRole('dialog').getByText('Правило 1').waitFor();
    await settle(page);
    await screenshot(page, 'identification-14-risk-derivation');
    await ministry.context.close();
  }, 300_000);
});

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, launchBrowser, newSession, schoolIdByName, screenshot, openMenu, signIn } from './support';

describe('school.nikolsk1', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('sees only its own card and gets «Не найдено» for another school', async () => {
    // Another school's address, looked up by name as the ministry (ids are never hard-coded).
    const ministry = await newSession(browser);
    await signIn(ministry.page, 'ministry.penza', '/', 'school.nikolsk1-setup-ministry');
    const otherSchoolId = await schoolIdByName(ministry.page, 'МБОУ СОШ № 1 г. Каменки');
    await ministry.context.close();

    const { context, page } = await newSession(browser);
    await signIn(page, 'school.nikolsk1');
    const menu = (await page.getByRole('menuitem').allInnerTexts()).map((item) => item.trim());
    expect(menu).toEqual(expect.arrayContaining(['Моя школа', 'Дорожные карты', 'Мониторинг']));
    // No registry of other schools, municipalities or regions.
    for (const foreign of ['Регионы', 'Муниципалитеты', 'Школы']) expect(menu).not.toContain(foreign);
    await openMenu(page, 'Моя школа');
    await page.getByRole('heading', { name: 'МБОУ СОШ № 1 г. Никольска' }).waitFor();
    expect(page.url()).toMatch(new RegExp(`^${BASE_URL}/schools/\\d+$`));
    expect(await page.getByRole('button', { name: /Редактировать/ }).count()).toBe(0);
    await screenshot(page, 'school.nikolsk1-02-own-card');

    await page.goto(`${BASE_URL}/schools/${otherSchoolId}`);
    await page.getByText('Не найдено').waitFor();
    expect(await page.getByText('МБОУ СОШ № 1 г. Каменки').count()).toBe(0);
    await screenshot(page, 'school.nikolsk1-03-other-school-404');
    await context.close();
  });
});

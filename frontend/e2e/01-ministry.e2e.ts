import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, bodyText, launchBrowser, newSession, screenshot, openMenu, signIn, waitForSchoolsTable } from './support';

describe('ministry.penza', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('signs in through Keycloak and sees the whole Penza region, nothing of Saratov', async () => {
    const { context, page } = await newSession(browser);
    // The region's registry, by its address (the start page is each role's own).
    await signIn(page, 'ministry.penza', '/regions');

    await page.waitForURL(`${BASE_URL}/regions`);
    await page.getByText('Пензенская область').first().waitFor();
    expect(await page.getByTestId('organisation-name').innerText()).toContain('Пензенской');
    await screenshot(page, 'ministry.penza-02-regions');
    expect(await bodyText(page)).not.toContain('Саратовская');

    await openMenu(page, 'Муниципалитеты');
    await page.getByRole('link', { name: 'Никольский район' }).first().waitFor();
    const municipalities = await bodyText(page);
    expect(municipalities).toContain('Каменский район');
    expect(municipalities).toContain('Мокшанский район');
    expect(municipalities).not.toContain('Балашовский');
    await screenshot(page, 'ministry.penza-03-municipalities');

    await page.goto(`${BASE_URL}/schools?size=100`);
    await waitForSchoolsTable(page);
    const schools = await bodyText(page);
    expect(schools).toContain('МБОУ СОШ № 1 г. Никольска');
    expect(schools).toContain('МБОУ СОШ № 1 г. Каменки');
    expect(schools).toMatch(/Никольский район[\s\S]*Каменский район|Каменский район[\s\S]*Никольский район/);
    expect(schools).not.toContain('Балашов');
    expect(schools).not.toContain('Саратов');
    await screenshot(page, 'ministry.penza-04-schools');

    // Filters live in the URL: a reload keeps the filtered view.
    await page.goto(`${BASE_URL}/schools?q=${encodeURIComponent('Каменки')}`);
    await waitForSchoolsTable(page);
    await page.reload();
    await waitForSchoolsTable(page);
    const filtered = await bodyText(page);
    expect(filtered).toContain('МБОУ СОШ № 1 г. Каменки');
    expect(filtered).not.toContain('г. Никольска');
    await screenshot(page, 'ministry.penza-05-schools-filtered');

    await page.getByRole('link', { name: 'МБОУ СОШ № 1 г. Каменки', exact: true }).click();
    await page.getByText('История категорий').waitFor();
    await page.getByRole('button', { name: /Присвоить категорию/ }).waitFor();
    await screenshot(page, 'ministry.penza-06-school-card');
    await context.close();
  });
});

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, bodyText, launchBrowser, newSession, screenshot, openMenu, signIn, waitForSchoolsTable } from './support';

describe('mo.nikolsk', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('sees only the schools of Никольский район', async () => {
    const { context, page } = await newSession(browser);
    await signIn(page, 'mo.nikolsk', '/schools');

    await page.waitForURL(`${BASE_URL}/schools`);
    await waitForSchoolsTable(page);
    const schools = await bodyText(page);
    expect(schools).toContain('МБОУ СОШ № 1 г. Никольска');
    expect(schools).toContain('Никольский район');
    expect(schools).not.toContain('Каменский район');
    expect(schools).not.toContain('г. Каменки');
    expect(schools).not.toContain('Мокшан');
    await screenshot(page, 'mo.nikolsk-02-schools');

    await openMenu(page, 'Мой муниципалитет');
    await page.getByRole('link', { name: 'Никольский район' }).first().waitFor();
    expect(await bodyText(page)).not.toContain('Каменский район');
    await screenshot(page, 'mo.nikolsk-03-municipality');
    await context.close();
  });
});

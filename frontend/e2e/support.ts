import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const BASE_URL = (process.env.E2E_BASE_URL ?? 'http://localhost:4173').replace(/\/+$/, '');
export const DEMO_PASSWORD = process.env.E2E_PASSWORD ?? 'demo';

const SCREENSHOTS = resolve(dirname(fileURLToPath(import.meta.url)), '../test-results/e2e');

/** Debian's Chromium; a browser is never downloaded. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export async function newSession(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  return { context, page };
}

export async function screenshot(page: Page, name: string, type: 'png' | 'jpeg' = 'png'): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({
    path: resolve(SCREENSHOTS, `${name}.${type === 'png' ? 'png' : 'jpg'}`),
    fullPage: true,
    ...(type === 'jpeg' ? { type, quality: 70 } : {}),
  });
}

/**
 * Opens the SPA at `path`, follows the redirect to the Keycloak login page, signs in and waits until
 * the SPA shows the signed-in header again.
 */
export async function signIn(page: Page, username: string, path = '/', shotPrefix = username): Promise<void> {
  await page.goto(`${BASE_URL}${path}`);
  try {
    await page.waitForSelector('#username');
  } catch (error) {
    await screenshot(page, `${shotPrefix}-00-no-login-page`);
    throw error;
  }
  if (new URL(page.url()).origin === new URL(BASE_URL).origin) {
    throw new Error(`expected the Keycloak login page, still at ${page.url()}`);
  }
  await screenshot(page, `${shotPrefix}-01-keycloak-login`);
  await page.fill('#username', username);
  await page.fill('#password', DEMO_PASSWORD);
  await page.click('#kc-login');
  try {
    await page.waitForURL((url) => url.origin === new URL(BASE_URL).origin && !url.searchParams.has('code'));
    await page.getByTestId('user-name').waitFor();
  } catch (error) {
    await screenshot(page, `${shotPrefix}-02-not-signed-in`);
    throw error;
  }
}

/** The text of the whole page body (tables included), for scope assertions. */
export async function bodyText(page: Page): Promise<string> {
  return page.locator('body').innerText();
}

/** Waits until the schools table has finished loading and shows its total. */
export async function waitForSchoolsTable(page: Page): Promise<void> {
  await page.getByTestId('schools-total').waitFor();
  await page.locator('.ant-table-tbody .ant-table-row').first().waitFor();
  await page.locator('.ant-spin-spinning').waitFor({ state: 'detached' }).catch(() => undefined);
}

/** The id of a school found by its short name through the ministry's registry search. */
export async function schoolIdByName(page: Page, shortName: string): Promise<number> {
  await page.goto(`${BASE_URL}/schools?q=${encodeURIComponent(shortName)}`);
  await waitForSchoolsTable(page);
  const href = await page.getByRole('link', { name: shortName, exact: true }).first().getAttribute('href');
  const id = Number(href?.split('/').pop());
  if (!Number.isSafeInteger(id)) throw new Error(`no link to «${shortName}»`);
  return id;
}

/**
 * Opens a page from the main menu as a user does on a wide screen: the side menu shows every top-level entry; a
 * group («Мониторинг», «ШНОР, ШНСУ и риски», «Поддержка школ») is opened by a click on its title unless it is open
 * already (the group of the current page is). Waits until the SPA is at the entry's address.
 */
export async function openMenu(page: Page, item: string, group?: string): Promise<void> {
  const menu = page.getByRole('menu', { name: 'Главное меню', exact: true });
  if (group) {
    const title = menu.getByRole('menuitem', { name: group, exact: true });
    if ((await title.getAttribute('aria-expanded')) !== 'true') {
      await title.click();
      await menu.locator(`[aria-expanded="true"]`, { hasText: group }).waitFor();
      // The group slides open (antd's collapse motion); its entries take clicks once it has settled.
      await menu.locator('.ant-motion-collapse').first().waitFor({ state: 'detached' });
    }
  }
  const link = menu.getByRole('link', { name: item, exact: true });
  const href = await link.getAttribute('href');
  if (!href) throw new Error(`the menu entry «${item}» links nowhere`);
  await link.click();
  try {
    await page.waitForURL((url) => url.pathname === href, { waitUntil: 'commit' });
  } catch (error) {
    await screenshot(page, `menu-${item}-not-opened`);
    throw error;
  }
}

import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Me } from '../src/shared/api/types';
import { navigationFor, type NavigationItem } from '../src/features/me/navigation';
import { BASE_URL, launchBrowser, newSession, screenshot, signIn } from './support';

/**
 * Every route of the SPA as every demo user, at a desktop and a phone size. Part of `npm run test:e2e` (the README's
 * test command runs it on the throwaway e2e stack); `npm run test:routes` runs it alone against a running stack.
 *
 * A route fails on a console error, an uncaught exception, the error boundary, a refused or failed API request (every
 * request the SPA makes for a role is one the role is entitled to), an axe-core violation of impact serious or
 * critical, or a page that scrolls sideways. The concrete ids come from the links the SPA itself shows, so a role
 * visits exactly the pages it is offered; every roadmap it sees is opened (parents included), and one report page
 * per roadmap.
 *
 * Lean by design: one signed-in page per user; after the first page the SPA is not reloaded but navigated as a click
 * would (history.pushState and popstate, which React Router follows); a page has settled when no request has been in
 * flight for a moment and no spinner or skeleton is left; the same page is then audited at the other size by
 * resizing the window, so each route is loaded once. A route pattern (and each roadmap) is audited once per role: the
 * next user of the same role audits its own start page and what the role has not seen yet (its own roadmaps, say).
 * Screenshots are JPEG, full page, one per route and size: test-results/e2e/all-routes-<user>-<route>-<size>.jpg.
 */
/**
 * The demo users by role. The roles' lanes run side by side (the stack and the browser have idle time while one page
 * settles); within a lane the users go one after the other, so that the second user of a role audits only what the
 * first has not seen.
 */
const LANES = [
  ['ministry.penza', 'ministry.saratov'],
  ['mo.kamenka', 'mo.nikolsk', 'mo.balashov'],
  ['school.nikolsk1', 'school.kamenka1'],
];
const VIEWPORTS = {
  desktop: { width: 1440, height: 900 },
  phone: { width: 390, height: 844 },
} as const;
type ViewportName = keyof typeof VIEWPORTS;

/** The pages the role's menu offers, from the same function the SPA builds its menu with. */
function menuPages(items: NavigationItem[]): string[] {
  return items.flatMap((item) => (item.children ? menuPages(item.children) : [item.path]));
}

/** The route pattern of a path: one visit per pattern, except roadmaps (each opened) and their reports (one per roadmap). */
function patternOf(path: string): string {
  const report = /^\/roadmaps\/(\d+)\/reports\//.exec(path);
  if (report) return `/roadmaps/${report[1]}/reports/:period`;
  if (/^\/roadmaps\/\d+$/.test(path)) return path;
  return path.replace(/\/\d+/g, '/:id');
}

async function sameOriginLinks(page: Page): Promise<string[]> {
  const hrefs = await page.locator('a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((href) => href.split('?')[0].split('#')[0]).filter((href) => href.length > 1);
}

/** Counts the page's requests in flight, so that settling needs no fixed sleep. */
function trackRequests(page: Page): () => number {
  let inFlight = 0;
  page.on('request', () => inFlight++);
  const done = () => (inFlight = Math.max(0, inFlight - 1));
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return () => inFlight;
}

const BUSY = '.ant-spin-spinning, .ant-skeleton-active, .ant-table-placeholder .ant-spin';

/** Waits until nothing has been in flight for 250 ms and no spinner or skeleton is shown (at most 15 s). */
async function settle(page: Page, inFlight: () => number): Promise<void> {
  const deadline = Date.now() + 15_000;
  let quietSince = 0;
  while (Date.now() < deadline) {
    const quiet = inFlight() === 0 && (await page.locator(BUSY).count()) === 0;
    if (!quiet) quietSince = 0;
    else if (quietSince === 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= 250) return;
    await page.waitForTimeout(50);
  }
}

/** Client-side navigation, as a click on a link: the SPA stays loaded and signed in. */
async function navigate(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    window.history.pushState({}, '', to);
    window.dispatchEvent(new PopStateEvent('popstate', { state: {} }));
  }, path);
}

/** The colours behind a contrast finding, so that the report says what to fix. */
function contrastOf(node: { any: { data?: unknown }[] }): string {
  const data = node.any[0]?.data as { fgColor?: string; bgColor?: string; contrastRatio?: number } | undefined;
  return data?.fgColor ? ` ${data.fgColor} on ${data.bgColor} = ${data.contrastRatio}` : '';
}

async function audit(page: Page, path: string, viewport: ViewportName, failures: string[]): Promise<void> {
  const where = `${path} (${viewport})`;
  if ((await page.getByText('Что-то пошло не так').count()) > 0) failures.push(`${where}: error boundary`);
  const axe = await new AxeBuilder({ page }).analyze();
  for (const violation of axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')) {
    const nodes = violation.nodes.slice(0, 3).map((node) => `${node.target.join(' ')}${contrastOf(node)}`).join(', ');
    failures.push(`${where}: axe ${violation.impact} ${violation.id} ×${violation.nodes.length} [${nodes}]`);
  }
  const sideways = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
  if (sideways) failures.push(`${where}: the page scrolls sideways`);
}

describe('every route as every role', () => {
  let browser: Browser;
  /** The route patterns each role has been audited on, across its users. */
  const seenByRole = new Map<string, Set<string>>();
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Opens every page the user is offered; what failed, by kind. */
  async function auditUser(user: string): Promise<{ failures: string[]; console: string[]; requests: string[] }> {
    const started = Date.now();
    const { context, page } = await newSession(browser);
    const inFlight = trackRequests(page);
    const consoleErrors: string[] = [];
    const requests: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${new URL(page.url()).pathname}: ${message.text()}`);
    });
    page.on('pageerror', (error) => consoleErrors.push(`${new URL(page.url()).pathname}: ${error.message}`));
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.origin === new URL(BASE_URL).origin && response.status() >= 400) {
        requests.push(`${new URL(page.url()).pathname}: ${response.request().method()} ${url.pathname}${url.search} → ${response.status()}`);
      }
    });
    const meResponse = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/v1/me' && response.ok());
    // Signing in at «/» also checks the start page: it forwards each role to its home page.
    await signIn(page, user, '/', `all-routes-${user}`);
    const me = (await (await meResponse).json()) as Me;

    const queue = menuPages(navigationFor(me));
    // Every role starts at «Требует внимания».
    const home = '/';
    queue.unshift(home);
    const roleSeen = seenByRole.get(me.role) ?? new Set<string>();
    seenByRole.set(me.role, roleSeen);
    const seen = new Set<string>();
    const visited: string[] = [];
    const failures: string[] = [];
    // Alternating the order (desktop, phone, then phone, desktop) saves one resize per route.
    let order: ViewportName[] = ['desktop', 'phone'];
    while (queue.length > 0) {
      const path = queue.shift() as string;
      const pattern = patternOf(path);
      if (seen.has(pattern) || (roleSeen.has(pattern) && path !== home)) continue;
      seen.add(pattern);
      roleSeen.add(pattern);
      await page.setViewportSize(VIEWPORTS[order[0]]);
      await navigate(page, path);
      for (const viewport of order) {
        await page.setViewportSize(VIEWPORTS[viewport]);
        await settle(page, inFlight);
        await audit(page, path, viewport, failures);
        await screenshot(page, `all-routes-${user}${pattern.replace(/[/:]+/g, '-')}-${viewport}`, 'jpeg');
        if (viewport === 'desktop') {
          // A roadmap's report pages are linked from its «Отчёты» tab, rendered only once it is chosen.
          const reports = page.getByRole('tab', { name: 'Отчёты' });
          if (/^\/roadmaps\/\d+$/.test(pattern) && (await reports.count()) > 0) {
            await reports.first().click();
            await settle(page, inFlight);
          }
          for (const link of await sameOriginLinks(page)) if (!seen.has(patternOf(link)) && !roleSeen.has(patternOf(link))) queue.push(link);
          if (/^\/roadmaps\/\d+$/.test(pattern) && (await reports.count()) > 0) {
            await page.getByRole('tab', { name: 'Мероприятия' }).first().click();
            await settle(page, inFlight);
          }
        }
      }
      order = [order[1], order[0]];
      visited.push(pattern);
    }
    await context.close();
    const seconds = Math.round((Date.now() - started) / 1000);
    console.log(`${user}: ${visited.length} routes in ${seconds} s — ${visited.join(', ')}`);
    expect(visited.length, `${user} opened no page`).toBeGreaterThan(0);
    return { failures, console: consoleErrors, requests };
  }

  for (const lane of LANES) {
    it.concurrent(`${lane.join(', ')} open every page offered without an error or a serious accessibility violation`,
      { timeout: 900_000 }, async ({ expect }) => {
        const found: Record<string, unknown> = {};
        for (const user of lane) found[user] = await auditUser(user);
        const clean = Object.fromEntries(lane.map((user) => [user, { failures: [], console: [], requests: [] }]));
        expect(found).toEqual(clean);
      });
  }

  it('covered every route of each role', () => {
    const covered = Object.fromEntries([...seenByRole].map(([role, patterns]) => [role, [...patterns].sort()]));
    for (const [role, patterns] of Object.entries(covered)) console.log(`${role}: ${patterns.length} routes — ${patterns.join(', ')}`);
    const roadmapPages = (role: string) => (covered[role] ?? []).filter((p) => /^\/roadmaps\/\d+$/.test(p));
    const reportPages = (role: string) => (covered[role] ?? []).filter((p) => /^\/roadmaps\/\d+\/reports\//.test(p));
    expect(covered.MINISTRY).toEqual(
      expect.arrayContaining(['/regions', '/regions/:id/municipalities', '/schools', '/schools/:id', '/schools/:id/edit', '/roadmaps',
        '/reviews', '/indicators', '/campaigns', '/campaigns/:id', '/campaigns/:id/forms/:id', '/analytics', '/value-imports']),
    );
    expect(covered.MUNICIPALITY).toEqual(
      expect.arrayContaining(['/regions/:id/municipalities', '/schools', '/schools/:id', '/schools/:id/edit', '/roadmaps', '/reviews',
        '/indicators', '/campaigns', '/campaigns/:id', '/campaigns/:id/forms/:id', '/form-reviews', '/analytics', '/value-imports']),
    );
    expect(covered.SCHOOL).toEqual(expect.arrayContaining(['/schools/:id', '/roadmaps', '/indicators', '/campaigns', '/analytics']));
    for (const role of ['MINISTRY', 'MUNICIPALITY', 'SCHOOL']) {
      expect(roadmapPages(role).length, `${role} opened roadmaps`).toBeGreaterThan(0);
      expect(reportPages(role).length, `${role} opened reports`).toBeGreaterThan(0);
    }
  });
});

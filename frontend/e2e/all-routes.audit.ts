import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Me } from '../src/shared/api/types';
import { navigationFor, type NavigationItem } from '../src/features/me/navigation';
import { BASE_URL, launchBrowser, newSession, screenshot, signIn } from './support';

/**
 * Run: `npm run test:routes` against a running stack (E2E_BASE_URL, e.g. http://localhost:5173 of the demo stack).
 * Not yet in `npm run test:e2e`: on 2 December 2026 it still found, for school.nikolsk1, axe color-contrast on tags and
 * links, unlabeled filter selects on /roadmaps (critical), aria-required-children on the roadmap tabs at 390 px,
 * scrollable-region-focusable on tables at 390 px, and antd development warnings in the console of the dev server.
 *
 * Opens every route of the SPA as every demo user, at a desktop and a phone size, and fails on a console
 * error, an uncaught exception, the error boundary, a refused or failed API request, or an axe-core
 * violation of impact serious or critical. The concrete ids come from the links the SPA itself shows,
 * so a role visits exactly the pages it is offered; every roadmap it sees is opened (parents included),
 * and one report page per roadmap.
 */
const USERS = ['ministry.penza', 'ministry.saratov', 'mo.kamenka', 'mo.nikolsk', 'mo.balashov', 'school.nikolsk1', 'school.kamenka1'];
const VIEWPORTS = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;
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

interface Problems {
  console: string[];
  requests: string[];
}

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached', timeout: 15_000 }).catch(() => undefined);
}

describe('every route as every role', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const user of USERS) {
    it(`${user} opens every page offered without an error or a serious accessibility violation`, { timeout: 600_000 }, async () => {
      const { context, page } = await newSession(browser);
      const problems: Problems = { console: [], requests: [] };
      page.on('console', (message) => {
        if (message.type() === 'error') problems.console.push(`${page.url()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.console.push(`${page.url()}: ${error.message}`));
      page.on('response', (response) => {
        const url = new URL(response.url());
        if (url.pathname.startsWith('/api/') && response.status() >= 400) {
          problems.requests.push(`${page.url()}: ${response.request().method()} ${url.pathname}${url.search} → ${response.status()}`);
        }
      });
      const meResponse = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/v1/me' && response.ok());
      await signIn(page, user, '/', `all-routes-${user}`);
      const me = (await (await meResponse).json()) as Me;

      const queue = menuPages(navigationFor(me));
      const seen = new Set<string>();
      const visited: string[] = [];
      const failures: string[] = [];
      while (queue.length > 0) {
        const path = queue.shift() as string;
        const pattern = patternOf(path);
        if (seen.has(pattern)) continue;
        seen.add(pattern);
        for (const viewport of VIEWPORTS) {
          await page.setViewportSize({ width: viewport.width, height: viewport.height });
          await page.goto(`${BASE_URL}${path}`);
          await page.locator('.ant-layout-header').waitFor();
          await settle(page);
          if ((await page.getByText('Что-то пошло не так').count()) > 0) failures.push(`${path} (${viewport.name}): error boundary`);
          const axe = await new AxeBuilder({ page }).analyze();
          for (const violation of axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')) {
            const targets = violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', ');
            failures.push(`${path} (${viewport.name}): axe ${violation.impact} ${violation.id} ×${violation.nodes.length} [${targets}]`);
          }
          const sideways = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
          if (sideways) failures.push(`${path} (${viewport.name}): the page scrolls sideways`);
          const name = `${user}${pattern.replace(/[/:]+/g, '-')}-${viewport.name}`;
          await screenshot(page, `all-routes-${name}`);
          if (viewport.name === 'desktop') {
            for (const link of await sameOriginLinks(page)) if (!seen.has(patternOf(link))) queue.push(link);
          }
        }
        visited.push(pattern);
      }
      await context.close();
      console.log(`${user}: ${visited.length} routes — ${visited.join(', ')}`);
      expect({ failures, ...problems }).toEqual({ failures: [], console: [], requests: [] });
      expect(visited).toEqual(expect.arrayContaining(['/roadmaps', '/campaigns']));
    });
  }
});

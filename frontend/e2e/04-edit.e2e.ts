import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newSession, screenshot, signIn, waitForSchoolsTable } from './support';

const digitsOnly = (text: string) => Number(text.replace(/\D/g, ''));

describe('editing a school', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('mo.nikolsk changes the students count; the new value survives a reload', async () => {
    const { context, page } = await newSession(browser);
    await signIn(page, 'mo.nikolsk', '/schools', 'edit-mo.nikolsk');
    await waitForSchoolsTable(page);
    await page.getByRole('link', { name: 'МБОУ СОШ № 2 г. Никольска', exact: true }).click();
    const studentsCount = page.getByTestId('students-count');
    await studentsCount.waitFor();
    const before = digitsOnly(await studentsCount.innerText());
    const after = before + 1;

    await page.getByRole('button', { name: /Редактировать/ }).click();
    const input = page.getByLabel('Обучающихся');
    await input.waitFor();
    await screenshot(page, 'edit-02-form');
    await input.fill(String(after));
    await page.getByRole('button', { name: /Сохранить/ }).click();

    await page.getByText('История категорий').waitFor();
    await page.waitForFunction(
      (expected) => document.querySelector('[data-testid="students-count"]')?.textContent?.replace(/\D/g, '') === expected,
      String(after),
    );
    await page.reload();
    await studentsCount.waitFor();
    expect(digitsOnly(await studentsCount.innerText())).toBe(after);
    // The audit trail on the card names the editor, by name (Keycloak's account of mo.nikolsk), and the change.
    const history = page.getByRole('table', { name: 'История изменений' });
    await history.getByText(`→ ${after}`).first().waitFor();
    expect(await history.innerText()).toContain('Кузнецова');
    await screenshot(page, 'edit-03-after-reload');
    await context.close();
  });
});

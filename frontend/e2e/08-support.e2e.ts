import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, bodyText, launchBrowser, newSession, screenshot, signIn } from './support';

const SCHOOL = 'МБОУ СОШ № 1 г. Никольска';
const STAMP = Date.now().toString(36);
const TITLE = `заседания муниципальной рабочей группы (e2e ${STAMP})`;
const DECISION = `Провести анализ результатов ВПР по математике и обсудить его на педагогическом совете (e2e ${STAMP})`;
const EVIDENCE_URL = 'https://nikolsk-school1.example/docs/pedsovet-protokol-3.pdf';

/** A date `days` from today as the date picker takes it (DD.MM.YYYY). */
function inDays(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${String(d.getDate()).padStart(2, '0')}.${String(d.getMonth() + 1).padStart(2, '0')}.${d.getFullYear()}`;
}

async function settle(page: Page) {
  await page.locator('.ant-spin-spinning').waitFor({ state: 'detached' }).catch(() => undefined);
}

describe('a decision of a meeting tracked to done', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('is recorded and signed by the municipality, reported done by the school and seen closed', async () => {
    // 1. The municipal coordinator records the meeting with one decision for the school and signs the protocol.
    const coordinator = await newSession(browser);
    const page = coordinator.page;
    await signIn(page, 'mo.nikolsk', '/meetings/new', 'support-mo.nikolsk');
    await page.getByRole('heading', { name: 'Новое заседание' }).waitFor();
    await page.getByLabel('Заседание (после слова «ПРОТОКОЛ»)').fill(TITLE);
    await page.getByLabel('Номер протокола').fill('7');
    await page.getByLabel('Вопрос повестки').first().fill('О результатах ВПР в школах района');
    await page.getByRole('textbox', { name: 'Слушали: докладчик', exact: true }).first().fill('Начальник отдела образования');
    await page.getByRole('button', { name: 'Добавить решение' }).click();
    await page.getByLabel('Текст решения').fill(DECISION);
    const executor = page.getByLabel('Исполнитель (из реестра)');
    await executor.click();
    await executor.fill('Никольска');
    await page
      .locator(`.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="${SCHOOL}"]`)
      .first()
      .click();
    const due = page.getByLabel('Срок', { exact: true });
    await due.click();
    await due.fill(inDays(14));
    // Tab, not Enter: Enter in the picker submits the whole protocol form.
    await due.press('Tab');
    await screenshot(page, 'support-01-protocol-form');
    await page.getByRole('button', { name: 'Сохранить протокол' }).click();
    await page.getByTestId('meeting-status').filter({ hasText: 'Черновик' }).waitFor();
    const meetingUrl = page.url();
    await screenshot(page, 'support-02-protocol-draft');
    await page.getByRole('button', { name: 'Подписать протокол' }).click();
    await page.locator('.ant-modal-confirm').getByRole('button', { name: 'Подписать протокол' }).click();
    await page.getByTestId('meeting-status').filter({ hasText: 'Подписан' }).waitFor();
    const decision = page.getByTestId('decision').filter({ hasText: DECISION });
    expect(await decision.getByTestId('decision-status').innerText()).toContain('Не исполнено');
    await screenshot(page, 'support-03-protocol-signed');
    await coordinator.context.close();

    // 2. The school finds the decision on its home page and reports it done with evidence.
    const school = await newSession(browser);
    await signIn(school.page, 'school.nikolsk1', '/', 'support-school.nikolsk1');
    await school.page.getByTestId('attention-total').waitFor();
    const waiting = school.page.getByTestId('attention-item').filter({ hasText: DECISION });
    await waiting.waitFor();
    expect(await waiting.innerText()).toContain('Исполнить решение заседания');
    await screenshot(school.page, 'support-04-school-attention');
    await waiting.getByRole('link', { name: `Открыть: ${DECISION}` }).click();
    const own = school.page.getByTestId('decision').filter({ hasText: DECISION });
    await own.waitFor();
    await own.getByRole('button', { name: 'Отчитаться об исполнении' }).click();
    const modal = school.page.locator('.ant-modal').filter({ hasText: 'Исполнение решения' });
    await modal.getByLabel('Что сделано').fill('Анализ проведён, обсуждён на педагогическом совете 12.12.2026 (протокол № 3)');
    await modal.getByLabel('Ссылка на документ или публикацию 1').fill(EVIDENCE_URL);
    await modal.getByLabel('Название документа 1').fill('Протокол педсовета № 3');
    await screenshot(school.page, 'support-05-school-reports-done');
    await modal.getByRole('button', { name: 'Отчитаться об исполнении' }).click();
    await own.getByTestId('decision-status').filter({ hasText: /^Исполнено/ }).waitFor();
    await screenshot(school.page, 'support-06-school-decision-done');
    await school.page.goto(`${BASE_URL}/`);
    await school.page.getByTestId('attention-total').waitFor();
    await settle(school.page);
    expect(await bodyText(school.page)).not.toContain(DECISION);
    await school.context.close();

    // 3. The coordinator sees the decision closed, with the school's evidence.
    const again = await newSession(browser);
    await signIn(again.page, 'mo.nikolsk', new URL(meetingUrl).pathname, 'support-mo.nikolsk-again');
    const closed = again.page.getByTestId('decision').filter({ hasText: DECISION });
    await closed.getByTestId('decision-status').filter({ hasText: /^Исполнено/ }).waitFor();
    expect(await closed.getByRole('link', { name: 'Протокол педсовета № 3' }).getAttribute('href')).toBe(EVIDENCE_URL);
    await screenshot(again.page, 'support-07-coordinator-sees-done');
    await again.page.setViewportSize({ width: 390, height: 844 });
    await screenshot(again.page, 'support-08-coordinator-sees-done-mobile');
    await again.context.close();
  });
});

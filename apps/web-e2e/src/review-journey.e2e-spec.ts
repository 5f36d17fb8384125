import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { startWorkbench, type WorkbenchServer } from './support/workbench-server';
import { activeSource, api, createProject, SCREENSHOTS, setUpAdmin, uploadDocument } from './support/workbench-steps';

const WRONG = 'Листовка напечатана тиражом 500 экземпляров.';
const FIXED = 'Листовка напечатана тиражом 5000 экземпляров.';

/**
 * The review journey of issue 12, two people in two browsers: the translator changes a number and QA
 * shows it as an error; the reviewer asks about it with an @mention; the translator finds the mention in
 * the inbox and fixes the segment; the reviewer approves it from review mode by keyboard; the history
 * shows the word diff, and a revert brings the earlier text back as a new revision.
 */
describe('a reviewer and a translator on one leaflet', () => {
  let server: WorkbenchServer;
  let browser: Browser;
  let anna: Page;
  let tanya: Page;
  let editorPath = '';
  const files = fs.mkdtempSync(path.join(os.tmpdir(), 'review-journey-'));

  beforeAll(async () => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    fs.writeFileSync(path.join(files, 'tirage.txt'), 'The leaflet was printed in 5000 copies.\n\nForward to a new red October!\n');
    server = await startWorkbench();
    browser = await launchChromium();
    anna = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    tanya = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    fs.rmSync(files, { recursive: true, force: true });
  });

  const target = (page: Page) => page.getByTestId('target-input');
  const firstRow = (page: Page) => page.getByTestId('segment-row').filter({ hasText: 'printed in 5000 copies' });

  it('the translator changes a number, and QA shows it as an error while she types', async () => {
    await setUpAdmin(anna, server.url);
    const projectUrl = await createProject(anna, 'Tirage', 'en', ['Russian']);
    await uploadDocument(anna, path.join(files, 'tirage.txt'));
    const projectId = projectUrl.split('/projects/')[1];
    const invitation = await api<{ token: string }>(anna, server.url, 'POST', `/api/projects/${projectId}/invitations`, {
      email: 'tanya@example.org',
      role: 'translator',
      language: 'ru',
    });
    await tanya.goto(`${server.url}/invite/${invitation.token}`);
    await tanya.getByLabel('Your name').fill('Tanya Orlova');
    await tanya.getByLabel('Password').fill('another long password');
    await tanya.getByRole('button', { name: 'Accept invitation' }).click();
    await tanya.getByTestId('current-user').filter({ hasText: 'Tanya Orlova' }).waitFor();

    await tanya.locator('[data-testid="open-editor"][data-language="ru"]').first().click();
    await tanya.waitForURL('**/documents/*/ru');
    editorPath = new URL(tanya.url()).pathname;
    await target(tanya).waitFor();
    expect(await activeSource(tanya)).toContain('5000 copies');
    await tanya.keyboard.type(WRONG);
    const finding = tanya.locator('[data-testid="qa-finding"][data-code="NUMBER_MISMATCH"]');
    await finding.waitFor();
    expect(await finding.getAttribute('data-severity')).toBe('error');
    expect(await finding.locator('mark').textContent()).toBe('500');
    await tanya.keyboard.press('Control+Enter');
    await firstRow(tanya).and(tanya.locator('[data-status="translated"]')).waitFor();
  });

  it('the reviewer asks about it with an @mention', async () => {
    await anna.goto(`${server.url}${editorPath}`);
    await target(anna).waitFor();
    // the editor opens where work is left (the untranslated second segment): back to the first
    await firstRow(anna).locator('.segment__target-text').click();
    await firstRow(anna).and(anna.locator('[data-active="true"]')).waitFor();
    expect(await activeSource(anna)).toContain('5000 copies');
    const panel = anna.getByTestId('comments-panel');
    const box = panel.getByRole('combobox', { name: 'New comment' });
    await box.click();
    await box.pressSequentially('@Tan');
    await panel.getByRole('option', { name: /Tanya Orlova/ }).click();
    await box.pressSequentially('the source says 5000, not 500.');
    await panel.getByRole('button', { name: 'Post' }).click();
    await panel.getByTestId('comment-thread').waitFor();
    await firstRow(anna).getByTestId('comment-badge').waitFor();
  });

  it('the translator finds the mention in her inbox, opens the segment and fixes it', async () => {
    await tanya.goto(server.url);
    await tanya.getByTestId('inbox-unread').waitFor();
    await tanya.getByTestId('inbox-link').click();
    const item = tanya.getByTestId('inbox-item').first();
    await item.waitFor();
    expect(await item.textContent()).toContain('the source says 5000, not 500.');
    await item.getByRole('link').click();
    await tanya.waitForURL('**/documents/*/ru?segment=*');
    await target(tanya).waitFor();
    expect(await activeSource(tanya)).toContain('5000 copies');
    await target(tanya).click();
    await tanya.keyboard.press('Control+a');
    await tanya.keyboard.type(FIXED);
    await expect(target(tanya).textContent()).resolves.toBe(FIXED);
    expect(await tanya.locator('[data-testid="qa-finding"][data-code="NUMBER_MISMATCH"]').count()).toBe(0);
    await tanya.keyboard.press('Control+Enter');
    await firstRow(tanya).getByText(FIXED).waitFor();
  });

  it('the reviewer approves it from review mode by keyboard', async () => {
    await anna.reload();
    await target(anna).waitFor();
    await anna.getByTestId('review-mode-toggle').click();
    await expect(anna.getByTestId('review-position').textContent()).resolves.toBe('1 of 1');
    expect(await activeSource(anna)).toContain('5000 copies');
    await anna.keyboard.press('Control+Enter');
    await firstRow(anna).getByTestId('reviewed-by').waitFor();
    expect(await firstRow(anna).getAttribute('data-status')).toBe('approved');
    await anna.getByTestId('review-mode-toggle').click();
  });

  it('the history shows what changed, word by word, and a revert restores the earlier text', async () => {
    if ((await firstRow(anna).getAttribute('data-active')) !== 'true') await firstRow(anna).locator('.segment__target-text').click();
    const history = anna.getByTestId('history-panel');
    // the approval, the fix and the first save
    await history.getByTestId('revision').nth(2).waitFor();
    const fix = history.getByTestId('revision').filter({ has: anna.locator('ins', { hasText: '5000' }) });
    await fix.first().waitFor();
    expect(await fix.first().locator('del').allTextContents()).toEqual([expect.stringContaining('500')]);
    await anna.screenshot({ path: path.join(SCREENSHOTS, 'review-journey-history.png') });
    await history.getByTestId('revert-button').last().click();
    await target(anna).filter({ hasText: 'тиражом 500 экземпляров' }).waitFor();
    expect(await target(anna).textContent()).toBe(WRONG);
    expect(await history.getByTestId('revision-origin').first().textContent()).toBe('restored');
  });
});

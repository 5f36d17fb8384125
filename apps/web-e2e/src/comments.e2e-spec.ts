import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { startWorkbench, type WorkbenchServer } from './support/workbench-server';
import { SAMPLE, SCREENSHOTS, activeSource, api, createProject, screenshotInEachLanguage, setUpAdmin, uploadDocument } from './support/workbench-steps';

/**
 * Comments in a real browser: the project's creator (a manager, no language roles) edits the Russian
 * edition, asks the translator about a segment with an @mention; the translator finds it in the inbox,
 * opens the segment from there, answers and resolves the thread; the badge in the grid follows.
 */
describe('comment threads, mentions and the inbox', () => {
  let server: WorkbenchServer;
  let browser: Browser;
  let anna: Page;
  let tanya: Page;
  let projectUrl = '';
  let segmentSource = '';

  beforeAll(async () => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    server = await startWorkbench();
    browser = await launchChromium();
    anna = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    tanya = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('lets the creator edit the Russian edition without granting herself a role', async () => {
    await setUpAdmin(anna, server.url);
    projectUrl = await createProject(anna, 'Leaflets with comments', 'en', ['Russian', 'German']);
    await uploadDocument(anna, SAMPLE);
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

    await anna.locator('[data-testid="open-editor"][data-language="ru"]').click();
    await anna.waitForURL('**/documents/*/ru');
    const target = anna.getByTestId('target-input');
    await target.waitFor();
    expect(await target.getAttribute('contenteditable')).toBe('true');
    expect(await anna.getByTestId('readonly-target').count()).toBe(0);
  });

  it('posts a comment that mentions the translator, and the grid counts it', async () => {
    await anna.keyboard.press('Alt+ArrowDown');
    segmentSource = (await activeSource(anna)).trim();
    const panel = anna.getByTestId('comments-panel');
    const box = panel.getByRole('combobox', { name: 'New comment' });
    await box.click();
    await box.pressSequentially('@Tan');
    await panel.getByRole('option', { name: /Tanya Orlova/ }).click();
    await box.pressSequentially('is the date right here? <b>not bold</b>');
    await panel.getByRole('button', { name: 'Post' }).click();
    const thread = panel.getByTestId('comment-thread');
    await thread.waitFor();
    expect(await thread.textContent()).toContain('@Tanya Orlova is the date right here? <b>not bold</b>');
    const badge = anna.locator('[data-testid="segment-row"][data-active="true"] [data-testid="comment-badge"]');
    await badge.waitFor();
    expect(await badge.getAttribute('aria-label')).toBe('1 open comment');
    await screenshotInEachLanguage(anna, 'comments-panel');
  });

  it('brings the mention to the translator’s inbox, and opens the segment from there', async () => {
    await tanya.goto(server.url);
    const unread = tanya.getByTestId('inbox-unread');
    await unread.waitFor();
    expect(await unread.textContent()).toBe('1');
    await tanya.getByTestId('inbox-link').click();
    const item = tanya.getByTestId('inbox-item');
    await item.waitFor();
    expect(await item.textContent()).toContain('Mentioned you');
    expect(await item.textContent()).toContain('Anna Admin');
    await tanya.screenshot({ path: path.join(SCREENSHOTS, 'inbox-en.png') });

    await item.getByRole('link').click();
    await tanya.waitForURL('**/documents/*/ru?segment=*');
    await expect(activeSource(tanya)).resolves.toContain(segmentSource);
    await tanya.getByTestId('inbox-link').waitFor();
    expect(await tanya.getByTestId('inbox-unread').count()).toBe(0);
  });

  it('lets the translator answer and resolve the thread; the badge goes and the manager hears back', async () => {
    const panel = tanya.getByTestId('comments-panel');
    await panel.getByRole('button', { name: 'Reply' }).click();
    const reply = panel.getByRole('combobox', { name: 'Your reply' });
    await reply.pressSequentially('Yes: 7 November 1992.');
    await reply.press('Control+Enter');
    await panel.getByText('Yes: 7 November 1992.').waitFor();
    await panel.getByTestId('comment-resolve').click();
    await panel.getByTestId('resolved-note').waitFor();
    expect(await tanya.locator('[data-testid="segment-row"][data-active="true"] [data-testid="comment-badge"]').count()).toBe(0);
    await tanya.screenshot({ path: path.join(SCREENSHOTS, 'comments-resolved-en.png') });

    await anna.goto(`${server.url}/inbox`);
    const item = anna.getByTestId('inbox-item').first();
    await item.waitFor();
    expect(await item.textContent()).toContain('Replied');
    expect(await item.textContent()).toContain('Yes: 7 November 1992.');
  });

  it('shows the German edition to the Russian translator as text to read, with a hint', async () => {
    const url = tanya.url().replace('/ru?', '/de?');
    await tanya.goto(url);
    const readOnly = tanya.getByTestId('readonly-target');
    await readOnly.waitFor();
    expect(await readOnly.textContent()).toContain('Read only');
    expect(await tanya.getByTestId('target-input').count()).toBe(0);
    await tanya.getByTestId('mt-no-permission').waitFor();
    await tanya.screenshot({ path: path.join(SCREENSHOTS, 'read-only-target-en.png') });
  });
});

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { SegmentRow } from '@interlinea/shared';
import { launchChromium } from './support/chromium';
import { startWorkbench, type WorkbenchServer } from './support/workbench-server';
import { SAMPLE, SCREENSHOTS, api, createProject, setUpAdmin, uploadDocument } from './support/workbench-steps';

/**
 * Two people in the same Russian edition at once, each in their own browser: they see each other
 * (initials on the row, the list in the header), a save by one arrives in the other's grid without
 * a reload, and beside unsaved text without replacing it; typing in a segment someone else types in
 * asks before taking it over.
 */
describe('working together live in two browsers', () => {
  let server: WorkbenchServer;
  let browser: Browser;
  let anna: Page;
  let boris: Page;
  let editorUrl = '';
  let segments: SegmentRow[] = [];

  const row = (page: Page, index: number) => page.locator(`[data-testid="segment-row"][data-segment-id="${segments[index].id}"]`);
  const open = async (page: Page, index: number) => {
    await row(page, index).locator('.segment__target-text').click();
    await row(page, index).locator('[data-testid="target-input"]').waitFor();
  };

  beforeAll(async () => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    server = await startWorkbench();
    browser = await launchChromium();
    anna = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    boris = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('opens the same edition in two browsers, and each sees the other there', async () => {
    await setUpAdmin(anna, server.url);
    const projectUrl = await createProject(anna, 'Leaflets together', 'en', ['Russian']);
    await uploadDocument(anna, SAMPLE);
    const projectId = projectUrl.split('/projects/')[1];
    const invitation = await api<{ token: string }>(anna, server.url, 'POST', `/api/projects/${projectId}/invitations`, {
      email: 'boris@example.org',
      role: 'translator',
      language: 'ru',
    });
    await boris.goto(`${server.url}/invite/${invitation.token}`);
    await boris.getByLabel('Your name').fill('Boris Kagarlitsky');
    await boris.getByLabel('Password').fill('another long password');
    await boris.getByRole('button', { name: 'Accept invitation' }).click();
    await boris.getByTestId('current-user').filter({ hasText: 'Boris Kagarlitsky' }).waitFor();

    await anna.locator('[data-testid="open-editor"][data-language="ru"]').click();
    await anna.waitForURL('**/documents/*/ru');
    editorUrl = anna.url();
    const documentId = editorUrl.split('/documents/')[1].split('/')[0];
    segments = (await api<SegmentRow[]>(anna, server.url, 'GET', `/api/documents/${documentId}/segments?lang=ru`)).filter((s) => s.translatable);
    await boris.goto(editorUrl);
    await boris.getByTestId('target-input').waitFor();

    await open(boris, 1);
    const initials = row(anna, 1).getByTestId('row-initials');
    await initials.waitFor({ timeout: 5000 });
    expect(await initials.textContent()).toBe('BK');
    const person = anna.getByTestId('present-person');
    expect(await person.textContent()).toContain(`Boris Kagarlitskysegment ${segments[1].index + 1}`);
    await boris.getByTestId('present-person').filter({ hasText: 'Anna Admin' }).waitFor();
    await anna.screenshot({ path: path.join(SCREENSHOTS, 'live-presence-en.png') });
  });

  it('shows the other’s save at once, and beside unsaved text without losing a letter of it', async () => {
    // a save into a segment Anna only looks at: it replaces the row's text, no reload
    await open(boris, 3);
    await boris.keyboard.type('Долой капитализм!');
    await boris.keyboard.press('Control+Enter');
    await row(anna, 3).filter({ hasText: 'Долой капитализм!' }).waitFor({ timeout: 3000 });
    expect(await row(anna, 3).getAttribute('data-status')).toBe('translated');

    // Anna types in segment 5 and does not save; Boris saves the same segment meanwhile
    await open(anna, 5);
    await anna.keyboard.type('Мой вариант Анны');
    await open(boris, 5);
    await boris.keyboard.type('Вариант Бориса');
    await boris.keyboard.press('Control+Enter');

    const incoming = row(anna, 5).getByTestId('incoming-change');
    await incoming.waitFor({ timeout: 3000 });
    expect(await incoming.getByTestId('incoming-text').textContent()).toBe('Вариант Бориса');
    expect(await row(anna, 5).getByTestId('target-input').textContent()).toBe('Мой вариант Анны');
    await anna.screenshot({ path: path.join(SCREENSHOTS, 'live-incoming-en.png') });

    // she keeps hers: the save goes through over Boris's version, and his stays in the history
    await incoming.getByTestId('incoming-keep-mine').click();
    await row(anna, 5).getByTestId('target-input').click();
    await anna.keyboard.press('Control+Enter');
    await row(boris, 5).filter({ hasText: 'Мой вариант Анны' }).waitFor({ timeout: 3000 });
    expect(await anna.getByTestId('conflict-dialog').count()).toBe(0);
    const history = await api<{ text: string }[]>(anna, server.url, 'GET', `/api/segments/${segments[5].id}/translations/ru/revisions`);
    expect(history.map((r) => r.text)).toEqual(expect.arrayContaining(['Вариант Бориса', 'Мой вариант Анны']));
  });

  it('asks before taking over a segment someone else is typing in, and shows the other who has it now', async () => {
    await open(boris, 7);
    await boris.keyboard.type('Борис печатает');
    await row(anna, 7).getByTestId('row-typing').filter({ hasText: 'Boris Kagarlitsky is typing' }).waitFor({ timeout: 3000 });

    await open(anna, 7);
    await anna.keyboard.type('А');
    const dialog = anna.getByTestId('take-over-dialog');
    await dialog.waitFor({ timeout: 3000 });
    expect(await dialog.textContent()).toContain('Boris Kagarlitsky is typing in this segment');
    await anna.screenshot({ path: path.join(SCREENSHOTS, 'live-take-over-en.png') });
    await dialog.getByTestId('take-over-confirm').click();

    await row(boris, 7).getByTestId('row-typing').filter({ hasText: 'Anna Admin is typing' }).waitFor({ timeout: 3000 });
    // nothing typed is lost on either side
    expect(await row(boris, 7).getByTestId('target-input').textContent()).toBe('Борис печатает');
    expect(await row(anna, 7).getByTestId('target-input').textContent()).toBe('А');
  });

  it('offers both versions when the text to approve changed since the segment was opened', async () => {
    await open(boris, 9);
    await boris.keyboard.type('Первый вариант');
    await boris.keyboard.press('Control+Enter');
    await row(anna, 9).filter({ hasText: 'Первый вариант' }).waitFor({ timeout: 3000 });
    await open(anna, 9);
    // Boris changes it again while Anna has it open (through the API, as his editor would)
    await api(boris, server.url, 'PUT', `/api/segments/${segments[9].id}/translations/ru`, { text: 'Второй вариант', status: 'translated', version: 1 });
    await row(anna, 9).filter({ hasText: 'Второй вариант' }).waitFor({ timeout: 3000 });

    await anna.getByTestId('approve-button').click();
    const dialog = anna.getByTestId('approve-changed-dialog');
    await dialog.waitFor();
    expect(await dialog.getByTestId('approve-changed-opened').textContent()).toBe('Первый вариант');
    expect(await dialog.getByTestId('approve-changed-current').textContent()).toBe('Второй вариант');
    await anna.screenshot({ path: path.join(SCREENSHOTS, 'live-approve-changed-en.png') });
    await dialog.getByTestId('approve-changed-confirm').click();
    const approved = (page: Page) => page.locator(`[data-testid="segment-row"][data-segment-id="${segments[9].id}"][data-status="approved"]`);
    await approved(anna).waitFor({ timeout: 3000 });
    await approved(boris).filter({ hasText: 'Второй вариант' }).waitFor({ timeout: 3000 });
  });
});

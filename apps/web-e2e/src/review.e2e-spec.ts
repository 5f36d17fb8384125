import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { DocumentSummary, SegmentRow, Translation } from '@interlinea/shared';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { startWorkbench, type WorkbenchServer } from './support/workbench-server';
import {
  activeSource,
  api,
  createProject,
  grantMyself,
  SAMPLE,
  SCREENSHOTS,
  screenshotInEachLanguage,
  setUpAdmin,
  uploadDocument,
} from './support/workbench-steps';

const SOURCE = ['The council met on Monday.', 'The council elected a new chair.', 'Workers of the world, unite!', 'The council adjourned.'];
const RUSSIAN = ['Совет собрался в понедельник.', 'Совет избрал нового председателя.', 'Пролетарии всех стран, соединяйтесь!', 'Совет закрыл заседание.'];

/**
 * A reviewer's pass in a real browser: find and replace a term in the translations (previewed, then
 * undone as a batch), walk the segments awaiting review with the keyboard, and restore an earlier
 * revision from the history with its word diff.
 */
describe('review by keyboard, search and replace, history', () => {
  let server: WorkbenchServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let documentId = '';
  let projectUrl = '';
  const files = fs.mkdtempSync(path.join(os.tmpdir(), 'interlinea-review-e2e-'));

  beforeAll(async () => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    fs.writeFileSync(path.join(files, 'council.txt'), SOURCE.join('\n\n') + '\n');
    server = await startWorkbench();
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    fs.rmSync(files, { recursive: true, force: true });
  });

  /** The grid row of source sentence `n` (data-index is the place in the filtered grid). */
  const row = (n: number) => page.getByTestId('segment-row').filter({ hasText: SOURCE[n] });
  const targetOf = (n: number) => row(n).locator('.segment__target');

  it('opens a translated leaflet as a translator and reviewer', async () => {
    await setUpAdmin(page, server.url);
    projectUrl = await createProject(page, 'Council', 'en', ['Russian']);
    const projectId = projectUrl.split('/projects/')[1];
    await uploadDocument(page, path.join(files, 'council.txt'));
    await grantMyself(page, 'translator', 'ru');
    await grantMyself(page, 'reviewer', 'ru');
    [{ id: documentId }] = await api<DocumentSummary[]>(page, server.url, 'GET', `/api/projects/${projectId}/documents`);
    const rows = await api<SegmentRow[]>(page, server.url, 'GET', `/api/documents/${documentId}/segments?lang=ru`);
    for (const [i, r] of rows.entries()) {
      await api<Translation>(page, server.url, 'PUT', `/api/segments/${r.id}/translations/ru`, { text: RUSSIAN[i], status: 'translated', version: 0 });
    }
    await page.goto(`${server.url}/documents/${documentId}/ru`);
    await page.getByTestId('filter-bar').waitFor();
  });

  it('finds a word in the translations, marks it, and replaces it after a preview; the batch is undone as one', async () => {
    await page.getByTestId('text-search').fill('совет');
    await page.getByTestId('search-wholeWord').check();
    await expect(page.getByTestId('segment-row').count()).resolves.toBe(3);
    expect(await page.getByTestId('search-hit').allTextContents()).toEqual(expect.arrayContaining(['Совет']));

    await page.getByTestId('text-search').fill('(совет');
    await page.getByTestId('search-regex').check();
    await page.getByTestId('search-error').waitFor();
    await page.getByTestId('search-regex').uncheck();
    await page.getByTestId('text-search').fill('совет');

    await page.getByTestId('open-replace').click();
    const dialog = page.getByTestId('replace-dialog');
    await dialog.getByTestId('replace-with').fill('Комитет');
    await expect(dialog.getByTestId('replace-item').count()).resolves.toBe(3);
    await dialog.getByTestId('replace-item').nth(2).getByRole('checkbox').uncheck();
    // a modal dialog: the language switcher behind it is not reachable, so English only
    await page.screenshot({ path: path.join(SCREENSHOTS, 'replace-preview-en.png') });
    await dialog.getByTestId('replace-apply').click();
    await page.getByTestId('replace-done').waitFor();
    await targetOf(0).filter({ hasText: 'Комитет собрался в понедельник.' }).waitFor();
    await targetOf(1).filter({ hasText: 'Комитет избрал нового председателя.' }).waitFor();
    expect(await targetOf(3).textContent()).toContain('Совет закрыл заседание.');

    await page.getByTestId('replace-undo').click();
    await page.getByTestId('replace-done').waitFor({ state: 'detached' });
    await targetOf(0).filter({ hasText: 'Совет собрался в понедельник.' }).waitFor();
    await targetOf(1).filter({ hasText: 'Совет избрал нового председателя.' }).waitFor();
    await page.getByTestId('text-search').fill('');
    await page.getByTestId('search-wholeWord').uncheck();
    await expect(page.getByTestId('segment-row').count()).resolves.toBe(4);
    const statuses = await api<SegmentRow[]>(page, server.url, 'GET', `/api/documents/${documentId}/segments?lang=ru`);
    expect(statuses.map((r) => [r.translation?.text, r.translation?.status])).toEqual(RUSSIAN.map((text) => [text, 'translated']));
  });

  it('walks the segments awaiting review: Ctrl+Enter approves and moves on, who approved shows in the grid', async () => {
    await page.getByTestId('review-mode-toggle').click();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'review-mode-start.png') });
    await expect(page.getByTestId('review-position').textContent()).resolves.toBe('1 of 4');
    expect(await activeSource(page)).toContain('met on Monday');
    await page.keyboard.press('Control+Enter');
    await page.getByTestId('review-position').filter({ hasText: '2 of 4' }).waitFor();
    expect(await activeSource(page)).toContain('elected a new chair');
    await row(0).getByTestId('reviewed-by').waitFor();
    expect(await row(0).getAttribute('data-status')).toBe('approved');
    await page.keyboard.press('Alt+r');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe('reject-reason');
    await page.keyboard.type('«Председатель» — слишком официально.');
    await page.keyboard.press('Control+Enter');
    await page.getByTestId('review-position').filter({ hasText: '3 of 4' }).waitFor();
    expect(await row(1).getAttribute('data-status')).toBe('rejected');
    await screenshotInEachLanguage(page, 'review-mode');
  });

  it('shows the history with origins and a word diff, and restores an earlier revision', async () => {
    await page.getByTestId('review-mode-toggle').click();
    // edit segment 4, then compare and restore its first version
    await row(3).locator('.segment__target-text').click();
    const target = page.getByTestId('target-input');
    await target.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Окончательно.');
    await page.keyboard.press('Control+Enter');
    // the last segment stays active after its confirmation
    await row(3).locator('[data-testid="status-label"]').filter({ hasText: 'Translated' }).waitFor();
    const history = page.getByTestId('history-panel');
    await history.getByTestId('revision').nth(1).waitFor();
    expect(await history.getByTestId('revision').first().locator('ins').allTextContents()).toEqual([expect.stringContaining('Окончательно')]);
    await history.getByTestId('revision-pick').nth(1).check();
    await history.getByTestId('revision-compare').waitFor();
    await screenshotInEachLanguage(page, 'history-diff');
    await history.getByTestId('revert-button').first().click();
    await history.getByTestId('revision').nth(2).waitFor();
    await expect(page.getByTestId('target-input').textContent()).resolves.toBe('Совет закрыл заседание.');
    expect(await history.getByTestId('revision-origin').first().textContent()).toBe('restored');
  });

  it('reaches the side panel from the translation in a few tabs on a long leaflet, and in one key with F6', async () => {
    await page.goto(projectUrl);
    await uploadDocument(page, SAMPLE);
    await page.getByTestId('document-row').filter({ hasText: 'rabochaya' }).locator('[data-testid="open-editor"][data-language="ru"]').click();
    const target = page.getByTestId('target-input');
    await target.click();
    expect(await page.getByTestId('segment-row').count()).toBeGreaterThan(10);
    let tabs = 0;
    const inPanel = () => page.evaluate(() => !!document.activeElement?.closest('[data-testid="side-panel"]'));
    while (!(await inPanel()) && tabs < 200) {
      await page.keyboard.press('Tab');
      tabs += 1;
    }
    console.log(`tabs from the translation to the side panel: ${tabs}`);
    expect(tabs).toBeLessThan(12);
    await target.click();
    await page.keyboard.press('F6');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('side-panel');
  });
});

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { ConcordanceResponse, DocumentSummary, SegmentRow, Translation } from '@interlinea/shared';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { startWorkbench, type WorkbenchServer } from './support/workbench-server';
import { activeSource, api, createProject, grantMyself, SCREENSHOTS, screenshotInEachLanguage, setUpAdmin, uploadDocument } from './support/workbench-steps';

const EARLIER = ['The council met in Moscow on 7 November 1992.', 'All power to the councils!', 'Down with capitalism!'];
const EARLIER_RU = ['Совет собрался в Москве 7 ноября 1992 года.', 'Вся власть советам!', 'Долой капитализм!'];
const LATER = ['The council met in Leningrad on 7 November 1992.', 'All power to the councils!', 'The workers read the leaflet.'];

/**
 * The translation memory in a real browser: a translator sees graded matches with the differences
 * highlighted for an edited sentence, inserts one by keyboard, finds a phrase by concordance; a TMX
 * exported from one project imports into another.
 */
describe('translation memory', () => {
  let server: WorkbenchServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let projectUrl = '';
  let projectId = '';
  let tmxPath = '';
  const files = fs.mkdtempSync(path.join(os.tmpdir(), 'interlinea-memory-e2e-'));

  beforeAll(async () => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    fs.writeFileSync(path.join(files, 'earlier-leaflet.txt'), EARLIER.join('\n\n') + '\n');
    fs.writeFileSync(path.join(files, 'later-leaflet.txt'), LATER.join('\n\n') + '\n');
    server = await startWorkbench();
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    fs.rmSync(files, { recursive: true, force: true });
  });

  it('fills the memory from a translated leaflet', async () => {
    await setUpAdmin(page, server.url);
    projectUrl = await createProject(page, 'Leaflets RU', 'en', ['Russian']);
    projectId = projectUrl.split('/projects/')[1];
    await uploadDocument(page, path.join(files, 'earlier-leaflet.txt'));
    await grantMyself(page, 'translator', 'ru');
    const [earlier] = await api<DocumentSummary[]>(page, server.url, 'GET', `/api/projects/${projectId}/documents`);
    const rows = await api<SegmentRow[]>(page, server.url, 'GET', `/api/documents/${earlier.id}/segments?lang=ru`);
    expect(rows.map((r) => r.source)).toEqual(EARLIER);
    for (const [i, row] of rows.entries()) {
      await api<Translation>(page, server.url, 'PUT', `/api/segments/${row.id}/translations/ru`, { text: EARLIER_RU[i], status: 'translated', version: 0 });
    }
    await uploadDocument(page, path.join(files, 'later-leaflet.txt'));
  });

  it('shows graded matches with highlighted differences and inserts one with Ctrl+1', async () => {
    await page.getByTestId('document-row').filter({ hasText: 'later-leaflet' }).locator('[data-testid="open-editor"][data-language="ru"]').click();
    await page.getByTestId('target-input').waitFor();
    await expect(activeSource(page)).resolves.toContain('Leningrad');
    const first = page.getByTestId('machinery-item').first();
    await first.waitFor();
    expect(await first.getAttribute('data-kind')).toBe('tm');
    const score = Number(await first.getAttribute('data-score'));
    expect(score).toBeGreaterThanOrEqual(75);
    expect(score).toBeLessThan(100);
    const diff = first.getByTestId('match-diff');
    expect(await diff.locator('ins').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('Leningrad')]));
    expect(await diff.locator('del').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('Moscow')]));
    await page.getByTestId('mt-off').waitFor();
    await screenshotInEachLanguage(page, 'machinery-tm');

    await page.keyboard.press('Control+1');
    await expect(page.getByTestId('target-input').textContent()).resolves.toBe(EARLIER_RU[0]);
    await page.keyboard.type(' (Ленинград)');
    await page.keyboard.press('Control+Enter');

    // the next segment is a 100 % match: filled in from memory when opened
    await expect(activeSource(page)).resolves.toContain('All power to the councils!');
    await page.getByTestId('prefilled-from-memory').waitFor();
    await expect(page.getByTestId('target-input').textContent()).resolves.toBe(EARLIER_RU[1]);
    await page.keyboard.press('Control+Enter');
    await expect(activeSource(page)).resolves.toContain('The workers read the leaflet.');
  });

  it('finds a phrase by concordance (Ctrl+K) and inserts the chosen translation with Enter', async () => {
    const dialog = page.getByTestId('concordance-dialog');
    for (const language of ['RU', 'DE', 'EN']) {
      await page.getByTestId('ui-language-switcher').getByRole('button', { name: language }).click();
      await page.keyboard.press('Control+k');
      await dialog.getByTestId('concordance-input').fill('capitalism');
      await dialog.getByTestId('concordance-mark').first().waitFor();
      await page.screenshot({ path: path.join(SCREENSHOTS, `concordance-${language.toLowerCase()}.png`) });
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
    }
    await page.keyboard.press('Control+k');
    await dialog.waitFor();
    await dialog.getByTestId('concordance-input').fill('capitalism');
    const hit = dialog.getByTestId('concordance-hit').first();
    await hit.waitFor();
    expect(await hit.getByTestId('concordance-mark').first().textContent()).toBe('capitalism');
    expect(await hit.getByTestId('concordance-target').textContent()).toBe(EARLIER_RU[2]);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await expect(page.getByTestId('target-input').textContent()).resolves.toBe(EARLIER_RU[2]);
    await page.keyboard.press('Control+Enter');
    await page.locator('[data-testid="segment-row"][data-status="translated"]').nth(2).waitFor();
  });

  it('shows the analysis of the later leaflet by band', async () => {
    await page.goto(projectUrl);
    await page.getByTestId('document-row').filter({ hasText: 'later-leaflet' }).locator('[data-testid="analysis-open"][data-language="ru"]').click();
    const dialog = page.getByTestId('analysis-dialog');
    await dialog.getByTestId('analysis-table').waitFor();
    expect(await dialog.getByTestId('analysis-row').count()).toBeGreaterThanOrEqual(8);
    expect(await dialog.getByTestId('analysis-csv').getAttribute('href')).toContain('format=csv');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'analysis-en.png') });
    await page.keyboard.press('Escape');
  });

  it('exports the memory as TMX and imports it into another project', async () => {
    const exportForm = page.getByTestId('tmx-export-form');
    await exportForm.getByLabel('From', { exact: true }).selectOption('en');
    await exportForm.getByLabel('To', { exact: true }).selectOption('ru');
    const [download] = await Promise.all([page.waitForEvent('download'), exportForm.getByTestId('tmx-export-link').click()]);
    tmxPath = path.join(files, download.suggestedFilename() || 'memory.tmx');
    await download.saveAs(tmxPath);
    const tmx = fs.readFileSync(tmxPath, 'utf8');
    expect(tmx).toContain('<tmx');
    expect(tmx).toContain(EARLIER_RU[2]);

    await page.goto(server.url);
    const otherUrl = await createProject(page, 'Other leaflets', 'en', ['Russian']);
    const otherId = otherUrl.split('/projects/')[1];
    const importForm = page.getByTestId('tmx-import-form');
    await importForm.getByTestId('tmx-import-input').setInputFiles(tmxPath);
    await importForm.getByTestId('tmx-import-submit').click();
    const result = page.getByTestId('tmx-import-result');
    await result.waitFor();
    expect(Number(await result.getAttribute('data-units'))).toBeGreaterThanOrEqual(3);
    expect(await result.textContent()).toMatch(/Imported \d+ units/);
    await page.getByTestId('memory-tools').screenshot({ path: path.join(SCREENSHOTS, 'memory-tools-en.png') });
    const found = await api<ConcordanceResponse>(page, server.url, 'GET', `/api/projects/${otherId}/memory/search?q=capitalism&lang=ru`);
    expect(found.hits.map((h) => h.target)).toContain(EARLIER_RU[2]);

    // a broken file is refused with its line and column
    const broken = path.join(files, 'broken.tmx');
    fs.writeFileSync(
      broken,
      '<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>x</seg></tuv>\n</body></tmx>\n',
    );
    await importForm.getByTestId('tmx-import-input').setInputFiles(broken);
    await importForm.getByTestId('tmx-import-submit').click();
    const error = page.getByTestId('tmx-import-error');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/Line \d+, column \d+/);
  });

  it('shows how far the server has read a big TMX file, then what it imported', async () => {
    const big = path.join(files, 'big.tmx');
    const out = fs.createWriteStream(big);
    out.write(
      '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="en" segtype="sentence" datatype="plaintext" adminlang="en" o-tmf="test" creationtool="test" creationtoolversion="1"/><body>\n',
    );
    for (let i = 0; i < 60_000; i++) {
      out.write(
        `<tu><tuv xml:lang="en-GB"><seg>Leaflet ${i} calls the district to the meeting on Thursday.</seg></tuv><tuv xml:lang="ru-RU"><seg>Листовка ${i} зовёт район на собрание в четверг.</seg></tuv></tu>\n`,
      );
    }
    out.end('</body></tmx>\n');
    await new Promise<void>((resolve) => out.on('finish', () => resolve()));
    const importForm = page.getByTestId('tmx-import-form');
    await importForm.getByTestId('tmx-import-input').setInputFiles(big);
    await importForm.getByTestId('tmx-import-submit').click();
    // after the upload, the bar follows the server reading the file
    await page.waitForFunction(
      () =>
        /Reading the file… \d+ %|Writing the word index/.test(
          document.querySelector('[data-testid="tmx-import-progress"]')?.getAttribute('aria-valuetext') ?? '',
        ),
      null,
      { timeout: 30_000, polling: 50 },
    );
    await page.getByTestId('memory-tools').screenshot({ path: path.join(SCREENSHOTS, 'memory-tools-reading-en.png') });
    const result = page.getByTestId('tmx-import-result');
    await result.waitFor({ timeout: 60_000 });
    expect(await result.getAttribute('data-units')).toBe('60000');
    expect(await page.getByTestId('tmx-import-progress').count()).toBe(0);
  });
});

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { startWorkbench, type WorkbenchServer } from './support/workbench-server';
import { activeSource, createProject, grantMyself, SAMPLE, SCREENSHOTS, screenshotInEachLanguage, setUpAdmin, uploadDocument } from './support/workbench-steps';

/**
 * A page saved from the web, in a real browser: its search box and share buttons show greyed and
 * locked in the grid, a translator switches one back; an English leaflet uploaded into a Russian
 * project is held back with a warning until "Import anyway".
 */
describe('site furniture and the declared language in the browser', () => {
  let server: WorkbenchServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    server = await startWorkbench();
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await setUpAdmin(page, server.url);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the leaflet’s furniture locked, skips it, and lets a translator switch a line back', async () => {
    await createProject(page, 'Leaflet furniture', 'en', ['Russian']);
    await uploadDocument(page, SAMPLE);
    expect(await page.getByTestId('upload-result').textContent()).toMatch(/lines of site furniture kept as not for translation/);
    await grantMyself(page, 'translator', 'ru');
    await page.locator('[data-testid="open-editor"][data-language="ru"]').click();
    await page.waitForURL('**/documents/*/ru');

    // the editor opens on the first line for translation, not on "Search"
    await expect(activeSource(page)).resolves.toContain('Down with capitalism!');
    const search = page.locator('[data-testid="segment-row"]').filter({ hasText: 'Close this search box.' });
    await search.waitFor();
    expect(await search.getAttribute('data-translatable')).toBe('false');
    expect(await search.getByTestId('segment-locked').textContent()).toContain('Not for translation');
    const heading = page.locator('[data-testid="segment-row"]').filter({ has: page.locator('.segment__source', { hasText: /^Rabochaya Vlast$/ }) });
    expect(await heading.getAttribute('data-translatable')).toBe('true');
    expect(await search.evaluate((row) => getComputedStyle(row).backgroundColor)).not.toBe(
      await heading.evaluate((row) => getComputedStyle(row).backgroundColor),
    );

    // clicking a locked line gives no editor
    await search.click();
    expect(await search.getByTestId('target-input').count()).toBe(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'furniture-grid.png') });

    await search.getByRole('button', { name: 'Translate this line' }).click();
    await page.waitForFunction(() => document.querySelector('[data-translatable="true"] [data-testid="target-input"]') !== null);
    expect(await search.getAttribute('data-translatable')).toBe('true');
    await search.getByTestId('target-input').waitFor();
  });

  it('warns before importing an English leaflet into a Russian project, and imports it on “Import anyway”', async () => {
    await createProject(page, 'Листовки', 'ru', ['English']);
    const copy = path.join(os.tmpdir(), 'leaflet-english.txt');
    fs.copyFileSync(SAMPLE, copy);
    await page.getByTestId('upload-input').setInputFiles(copy);
    const warning = page.getByTestId('language-mismatch');
    await warning.waitFor();
    expect(await warning.textContent()).toMatch(/looks like English, but the project’s source language is Russian/);
    expect(await page.getByTestId('document-row').count()).toBe(0);
    await screenshotInEachLanguage(page, 'language-mismatch', () => warning.waitFor());

    await warning.getByRole('button', { name: 'Import anyway' }).click();
    await page.getByTestId('upload-result').waitFor();
    await page.getByTestId('document-row').first().waitFor();
  });
});

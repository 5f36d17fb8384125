import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { startWorkbench, type WorkbenchServer } from './support/workbench-server';
import { createProject, grantMyself, SCREENSHOTS, setUpAdmin, uploadDocument } from './support/workbench-steps';

/**
 * QA in a real browser: a translator changes a number, the finding shows as an error under the target
 * while typing, the QA report lists it, and the export dialog holds the edition back until overridden.
 */
describe('QA: a number changed by the translator', () => {
  let server: WorkbenchServer;
  let browser: Browser;
  let page: Page;
  let projectUrl = '';
  const files = fs.mkdtempSync(path.join(os.tmpdir(), 'qa-e2e-'));

  beforeAll(async () => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    fs.writeFileSync(path.join(files, 'leaflet.txt'), 'The leaflet was printed in 5,000 copies.\n\nForward to a new red October!\n');
    server = await startWorkbench();
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true })).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    fs.rmSync(files, { recursive: true, force: true });
  });

  it('prepares a project with a leaflet and a German translator', async () => {
    await setUpAdmin(page, server.url);
    projectUrl = await createProject(page, 'Leaflets', 'en', ['German']);
    await uploadDocument(page, path.join(files, 'leaflet.txt'));
    await grantMyself(page, 'translator', 'de');
  });

  it('shows the changed number as an error under the target while typing, the spot highlighted', async () => {
    await page.locator('[data-testid="open-editor"][data-language="de"]').click();
    await page.waitForURL('**/documents/*/de');
    await page.getByTestId('target-input').waitFor();
    await page.keyboard.type('Das Flugblatt wurde in 500 Exemplaren gedruckt.');
    const finding = page.locator('[data-testid="qa-finding"][data-code="NUMBER_MISMATCH"]');
    await finding.waitFor();
    expect(await finding.getAttribute('data-severity')).toBe('error');
    expect(await finding.textContent()).toContain('The number 5,000 of the source is 500 here.');
    expect(await finding.locator('mark').textContent()).toBe('500');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'qa-editor-finding.png') });

    await page.keyboard.press('Control+Enter');
    await page.locator('[data-testid="segment-row"][data-status="translated"]').waitFor();
  });

  it('lists the error in the QA report, with a link back to the segment', async () => {
    await page.getByTestId('qa-report-link').click();
    await page.waitForURL('**/documents/*/de/qa');
    const item = page.locator('[data-testid="qa-report-finding"][data-code="NUMBER_MISMATCH"]');
    await item.waitFor();
    expect(await page.getByTestId('qa-summary').getAttribute('data-errors')).toBe('1');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'qa-report.png'), fullPage: true });
    await page.getByTestId('ui-language-switcher').getByRole('button', { name: 'RU' }).click();
    await page.getByText('Число 5,000 из оригинала здесь стало 500.').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'qa-report-ru.png'), fullPage: true });
    await page.getByTestId('ui-language-switcher').getByRole('button', { name: 'EN' }).click();
  });

  it('holds the export back until the publisher overrides, then downloads', async () => {
    await page.goto(projectUrl);
    await page.getByTestId('export-open').first().click();
    const dialog = page.getByTestId('export-dialog');
    const check = dialog.getByTestId('export-qa');
    await check.waitFor();
    expect(await check.getAttribute('data-errors')).toBe('1');
    await dialog.getByRole('button', { name: 'Download' }).click();
    await dialog.getByText('Tick “Export anyway” to export with QA errors.').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'qa-export-dialog.png') });
    await dialog.getByTestId('export-qa-override').check();
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download' }).click()]);
    expect(fs.readFileSync(await download.path(), 'utf8')).toContain('Das Flugblatt wurde in 500 Exemplaren gedruckt.');
  });

  it('has a QA section in the project settings', async () => {
    await page.goto(`${projectUrl}/settings`);
    await page.getByTestId('qa-settings').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'qa-settings.png'), fullPage: true });
  });
});

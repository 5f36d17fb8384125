import * as path from 'node:path';
import type { SegmentRow } from '@interlinea/shared';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { startWorkbench, type WorkbenchServer } from './support/workbench-server';
import { api, createProject, screenshotInEachLanguage, SCREENSHOTS, setUpAdmin } from './support/workbench-steps';

const LEAFLET = 'Workers of all countries, unite!\n\nThe strike starts at dawn. Bring your friends.\n\nAll power to the councils.\n';

/**
 * The project dashboard with its chart under the strict Content-Security-Policy, and the export
 * dialog's warning: an unreviewed translation listed with a link that opens it in the editor.
 */
describe('the dashboard and the export warning', () => {
  let server: WorkbenchServer;
  let browser: Browser;
  let page: Page;
  let projectUrl = '';
  let rows: SegmentRow[] = [];
  const violations: string[] = [];

  beforeAll(async () => {
    server = await startWorkbench();
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1360, height: 900 } })).newPage();
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    await setUpAdmin(page, server.url);
    projectUrl = await createProject(page, 'Leaflets 1992', 'en', ['Russian', 'German']);
    await page.getByTestId('upload-input').setInputFiles({ name: 'leaflet.txt', mimeType: 'text/plain', buffer: Buffer.from(LEAFLET) });
    await page.getByTestId('document-row').first().waitFor();
    const projectId = projectUrl.split('/').pop() ?? '';
    const [document] = await api<Array<{ id: string }>>(page, server.url, 'GET', `/api/projects/${projectId}/documents`);
    rows = await api<SegmentRow[]>(page, server.url, 'GET', `/api/documents/${document.id}/segments?lang=ru`);
    // the manager translates and reviews every edition: one approved, one confirmed but not reviewed, one draft; German begun
    const save = (row: SegmentRow, lang: string, text: string, status: string) =>
      api(page, server.url, 'PUT', `/api/segments/${row.id}/translations/${lang}`, { text, status, version: 0 });
    await save(rows[0], 'ru', 'Пролетарии всех стран, соединяйтесь!', 'translated');
    await api(page, server.url, 'POST', `/api/segments/${rows[0].id}/translations/ru/review`, { decision: 'approve', version: 1 });
    await save(rows[1], 'ru', 'Забастовка начинается на рассвете.', 'translated');
    await save(rows[2], 'ru', 'Приводите друзей.', 'draft');
    await save(rows[0], 'de', 'Proletarier aller Länder, vereinigt euch!', 'translated');
    await api(page, server.url, 'POST', `/api/segments/${rows[3].id}/comments`, { body: 'Soviets or councils?', language: 'ru' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the dashboard from the project page: editions by status and a chart of the words per day', async () => {
    await page.goto(projectUrl);
    await page.getByTestId('dashboard-link').click();
    await page.waitForURL('**/dashboard');
    const chart = page.getByTestId('activity-chart');
    await chart.locator('canvas').waitFor();
    expect(await chart.locator('canvas').count()).toBeGreaterThan(0);
    // today: 5 + 8 words translated (ru, first confirmed) + 5 (de); 5 approved
    expect(await chart.getAttribute('data-translated')).toBe(String(rows[0].wordCount + rows[1].wordCount + rows[0].wordCount));
    expect(await chart.getAttribute('data-approved')).toBe(String(rows[0].wordCount));
    await chart.locator('.u-legend').getByText('Russian: approved').waitFor();

    const ru = page.getByTestId('dashboard-editions').locator('[data-testid="dashboard-edition"][data-language="ru"]');
    expect(await ru.getAttribute('data-approved-words')).toBe(String(rows[0].wordCount));
    expect(await ru.locator('td[data-status="translated"]').getAttribute('data-segments')).toBe('1');
    expect(await ru.locator('td[data-status="draft"]').getAttribute('data-segments')).toBe('1');
    expect(await ru.getByTestId('dashboard-open-comments').textContent()).toBe('1');
    await page.getByTestId('dashboard-contributor').first().waitFor();
    expect(await page.getByTestId('dashboard-contributor').count()).toBe(2);

    await screenshotInEachLanguage(page, 'dashboard');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'dashboard-full.png'), fullPage: true });
    expect(violations).toEqual([]);
  });

  it('warns before export of the unreviewed translations and opens one in the editor from its link', async () => {
    await page.goto(projectUrl);
    await page.getByTestId('export-open').first().click();
    const dialog = page.getByTestId('export-dialog');
    const warning = dialog.getByTestId('export-preview').first();
    await warning.waitFor();
    expect(await warning.getAttribute('data-unreviewed')).toBe('2');
    expect(await warning.getAttribute('data-rejected')).toBe('0');
    expect(await warning.textContent()).toContain('0 rejected, 2 not reviewed yet.');
    const listed = warning.getByTestId('export-preview-segment');
    expect(await listed.allTextContents()).toEqual(['#2Забастовка начинается на рассвете.Translated', '#3Приводите друзей.Draft']);
    await dialog.getByLabel('What to download').selectOption('parallel');
    await dialog.getByTestId('parallel-editions').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'export-dialog-parallel.png') });
    await dialog.getByLabel('What to download').selectOption('edition');

    await warning.getByRole('link', { name: 'Open segment 2 in the editor' }).click();
    await page.waitForURL(`**/documents/**/ru?segment=${rows[1].id}`);
    const active = page.locator('[data-testid="segment-row"][data-active="true"]');
    await active.waitFor();
    expect(await active.locator('.segment__source').textContent()).toContain('The strike starts at dawn.');
    expect(violations).toEqual([]);
  });
});

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { startWorkbench, type WorkbenchServer } from './support/workbench-server';

const SAMPLE = path.resolve(__dirname, '../../../../shared/samples/rabochaya-vlast-1992.txt');
const SCREENSHOTS = path.resolve(__dirname, '../../../screenshots');

/**
 * The whole path of a document in a real browser: set up, create a project (en → ru, de), upload the
 * sample leaflet, translate two segments with the keyboard, approve one as a reviewer who joined by
 * invitation link, export the Russian edition and find the translations in the leaflet's paragraphs.
 */
describe('a leaflet from upload to exported Russian edition', () => {
  let server: WorkbenchServer;
  let browser: Browser;
  let manager: BrowserContext;
  let page: Page;
  let projectUrl = '';
  let inviteLink = '';

  beforeAll(async () => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    // on an empty data folder, as the first `npm start` of someone trying it out (the other journeys start on a copy of a migrated one)
    server = await startWorkbench({ empty: true });
    browser = await launchChromium();
    manager = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
    page = await manager.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    const started = server?.databaseStartMs();
    if (started !== null && started !== undefined) console.log(`embedded PostgreSQL cold start: ${started} ms`);
    await server?.stop();
  });

  it('sets up the first admin through the one-time form', async () => {
    await page.goto(server.url);
    await page.waitForURL('**/setup');
    await page.getByLabel('Your name').fill('Anna Admin');
    await page.getByLabel('Email').fill('anna@example.org');
    await page.getByLabel('Password').fill('correct horse battery');
    await page.getByRole('button', { name: 'Create administrator account' }).click();
    await page.getByRole('button', { name: 'New project' }).waitFor();
  });

  it('creates a project from English into Russian and German', async () => {
    await page.getByRole('button', { name: 'New project' }).click();
    await page.getByLabel('Name').fill('Rabochaya Vlast 1992');
    await page.getByLabel('Source language').selectOption('en');
    await page.getByLabel('Russian').check();
    await page.getByLabel('German').check();
    await page.getByRole('button', { name: 'Create project' }).click();
    await page.waitForURL('**/projects/*');
    await page.getByRole('heading', { name: 'Rabochaya Vlast 1992' }).waitFor();
    projectUrl = page.url();
  });

  it('uploads the sample leaflet and reports its segments', async () => {
    await page.getByTestId('upload-input').setInputFiles(SAMPLE);
    const result = page.getByTestId('upload-result');
    await result.waitFor();
    expect(await result.textContent()).toMatch(/\d+ segments, [\d,]+ words/);
    await page.getByTestId('document-row').first().waitFor();
  });

  it('gives roles: translator for Russian to herself, an invitation for a reviewer', async () => {
    const grant = page.getByTestId('grant-form');
    await grant.getByLabel('Person').selectOption({ label: 'Anna Admin (anna@example.org)' });
    await grant.getByLabel('Role').selectOption('translator');
    await grant.getByLabel('Language').selectOption('ru');
    await grant.getByRole('button', { name: 'Give role' }).click();
    await page
      .getByTestId('member')
      .filter({ hasText: /translator/i })
      .waitFor();

    const invite = page.getByTestId('invite-form');
    await invite.getByLabel('Email').fill('roman@example.org');
    await invite.getByLabel('Role').selectOption('reviewer');
    await invite.getByLabel('Language').selectOption('ru');
    await invite.getByRole('button', { name: 'Create invitation' }).click();
    inviteLink = await page.getByTestId('invite-link').inputValue();
    expect(inviteLink).toContain('/invite/');
  });

  it('translates two segments with the keyboard only', async () => {
    await page.locator('[data-testid="open-editor"][data-language="ru"]').click();
    await page.waitForURL('**/documents/*/ru');
    const rows = page.getByTestId('segment-row');
    await rows.first().waitFor();
    await page.getByTestId('target-input').waitFor();
    // "Search" and "Close this search box." are site furniture, locked: the editor opens on "Down with capitalism!"
    await expect(activeSource(page)).resolves.toContain('Down with capitalism!');
    await page.keyboard.type('Долой капитализм!');
    await page.keyboard.press('Control+Enter');
    await expect(activeSource(page)).resolves.toContain('Down with Stalinism!');
    await page.keyboard.type('Долой сталинизм!');
    await page.keyboard.press('Control+Enter');
    await expect(activeSource(page)).resolves.toContain('Rabochaya Vlast');
    await page.locator('[data-testid="segment-row"][data-status="translated"]').nth(1).waitFor();
    expect(await page.locator('[data-testid="segment-row"][data-status="translated"]').count()).toBe(2);
    await page
      .getByTestId('segment-row')
      .filter({ hasText: 'Долой капитализм!' })
      .getByTestId('status-label')
      .filter({ hasText: /translated/i })
      .waitFor();
  });

  it('looks right in English, Russian and German', async () => {
    await page.keyboard.press('Alt+ArrowUp');
    await page.waitForTimeout(300);
    for (const language of ['EN', 'RU', 'DE']) {
      await page.getByTestId('ui-language-switcher').getByRole('button', { name: language }).click();
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(SCREENSHOTS, `editor-${language.toLowerCase()}.png`) });
    }
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('de');
    await page.getByTestId('ui-language-switcher').getByRole('button', { name: 'EN' }).click();
  });

  it('lets the invited reviewer approve one segment', async () => {
    const reviewerContext = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const reviewer = await reviewerContext.newPage();
    await reviewer.goto(inviteLink);
    await reviewer.getByLabel('Your name').fill('Roman Reviewer');
    await reviewer.getByLabel('Password').fill('another long password');
    await reviewer.getByRole('button', { name: 'Accept invitation' }).click();
    await reviewer.waitForURL((url) => !url.pathname.startsWith('/invite/'));
    await reviewer.getByTestId('current-user').filter({ hasText: 'Roman Reviewer' }).waitFor();
    await reviewer.goto(projectUrl);
    await reviewer.locator('[data-testid="open-editor"][data-language="ru"]').click();
    const row = reviewer.getByTestId('segment-row').filter({ hasText: 'Долой капитализм!' });
    await row.click();
    await reviewer.getByTestId('approve-button').click();
    await reviewer.locator('[data-testid="segment-row"][data-status="approved"]').waitFor();
    await reviewer.screenshot({ path: path.join(SCREENSHOTS, 'editor-review.png') });
    await reviewerContext.close();
  });

  it('exports the Russian edition with the translations in the leaflet paragraphs', async () => {
    await page.goto(projectUrl);
    await page.getByTestId('export-open').first().click();
    const dialog = page.getByTestId('export-dialog');
    await dialog.getByLabel('Edition').selectOption('ru');
    await dialog.getByLabel('Use their current translation').check();
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download' }).click()]);
    expect(download.suggestedFilename()).toBe('rabochaya-vlast-1992.ru.txt');
    const exported = fs.readFileSync(await download.path(), 'utf8');
    const original = fs.readFileSync(SAMPLE, 'utf8');
    expect(exported).toContain('\n\nДолой капитализм! Долой сталинизм!\n\nRabochaya Vlast\n\n');
    expect(exported.split('\n\n')).toHaveLength(original.split('\n\n').length);
    expect(exported.replace('Долой капитализм! Долой сталинизм!', 'Down with capitalism! Down with Stalinism!')).toBe(original);
  });
});

async function activeSource(page: Page): Promise<string> {
  const row = page.locator('[data-testid="segment-row"][data-active="true"]');
  await row.waitFor();
  return (await row.textContent()) ?? '';
}

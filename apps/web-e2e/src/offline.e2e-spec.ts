import * as fs from 'node:fs';
import * as path from 'node:path';
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

interface Row {
  id: string;
  source: string;
  translation: { text: string; status: string; version: number } | null;
}

/** The leaflet's five lines after the two furniture lines, and what the translator types for each. */
const TRANSLATIONS: Array<[string, string]> = [
  ['Down with capitalism!', 'Долой капитализм!'],
  ['Down with Stalinism!', 'Долой сталинизм!'],
  ['Rabochaya Vlast', 'Рабочая власть'],
  ['Forward to a new red October!', 'Вперёд к новому красному Октябрю!'],
  ['Rabochaya Vlast leaflet distributed', 'Листовка «Рабочей власти», распространённая в Москве 7 ноября 1992 года'],
];

/**
 * Translating without a connection, in a real browser: saves wait in IndexedDB, the header counts
 * them, a reload while still offline opens the editor again (the service worker keeps the app) with
 * the waiting text in its segments, and going back online sends them all. A 503 from the API during a
 * save keeps the text, which lands once the database is back.
 */
describe('editing offline', () => {
  let server: WorkbenchServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let documentId: string;

  const rows = () => api<Row[]>(page, server.url, 'GET', `/api/documents/${documentId}/segments?lang=ru`);
  const indicator = () => page.getByTestId('offline-indicator');

  beforeAll(async () => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    server = await startWorkbench();
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    page = await context.newPage();
    await setUpAdmin(page, server.url);
    await createProject(page, 'Offline leaflets', 'en', ['Russian']);
    await uploadDocument(page, SAMPLE);
    await grantMyself(page, 'translator', 'ru');
    await page.locator('[data-testid="open-editor"][data-language="ru"]').click();
    await page.waitForURL('**/documents/*/ru');
    documentId = new URL(page.url()).pathname.split('/')[2];
    await page.getByTestId('target-input').waitFor();
    // The service worker controls the page (it keeps the app and the editor's answers from now on).
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('keeps five segments typed offline over a reload, and saves them all when back online', async () => {
    await expect(activeSource(page)).resolves.toContain(TRANSLATIONS[0][0]);
    await context.setOffline(true);
    await indicator().getByText('offline').waitFor();

    for (const [source, text] of TRANSLATIONS) {
      await expect(activeSource(page)).resolves.toContain(source);
      await page.keyboard.type(text);
      await page.keyboard.press('Control+Enter');
    }
    await indicator().getByText('offline — 5 changes waiting').waitFor();
    expect(await page.getByTestId('queued-label').count()).toBe(5);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'offline-waiting.png') });

    // A reload while still offline: the app comes from the service worker, the texts from IndexedDB.
    await page.reload();
    await page.getByTestId('segment-row').first().waitFor();
    await indicator().getByText('offline — 5 changes waiting').waitFor();
    for (const [, text] of TRANSLATIONS) {
      const row = page
        .getByTestId('segment-row')
        .filter({ has: page.getByTestId('queued-label') })
        .filter({ hasText: text });
      await row.first().waitFor();
    }
    await page.screenshot({ path: path.join(SCREENSHOTS, 'offline-after-reload.png') });
    // Nothing reached the server yet (asked from the test, not through the offline page).
    const before = await rows();
    expect(before.filter((r) => r.translation).length).toBe(0);

    await context.setOffline(false);

    await page.waitForFunction(() => document.querySelectorAll('[data-testid="queued-label"]').length === 0, undefined, { timeout: 30_000 });
    await page.waitForFunction(() => !document.querySelector('[data-testid="offline-indicator"]')?.textContent, undefined, { timeout: 30_000 });
    const saved = await rows();
    for (const [source, text] of TRANSLATIONS) {
      const row = saved.find((r) => r.source.startsWith(source) && r.translation?.text === text);
      expect(row?.translation).toMatchObject({ text, status: 'translated' });
    }
    for (const [, text] of TRANSLATIONS) {
      await page.locator('[data-testid="segment-row"][data-status="translated"]').filter({ hasText: text }).first().waitFor();
    }
    expect(await page.getByTestId('unsaved-label').count()).toBe(0);
    expect(await page.getByTestId('restored-label').count()).toBe(0);
  });

  it('keeps the text when a save answers 503, and saves it once the database is back', async () => {
    const route = '**/api/segments/*/translations/ru';
    await page.route(route, (request) =>
      request.request().method() === 'PUT'
        ? request.fulfill({
            status: 503,
            headers: { 'Content-Type': 'application/json', 'Retry-After': '1' },
            body: JSON.stringify({ code: 'DATABASE_UNAVAILABLE', message: 'The database is not available right now.', details: { retryAfterSeconds: 1 } }),
          })
        : request.fallback(),
    );
    const id = await page.getByTestId('segment-row').filter({ hasText: 'Долой капитализм!' }).first().getAttribute('data-segment-id');
    const target = page.locator(`[data-testid="segment-row"][data-segment-id="${id}"]`);
    await target.click();
    await target.getByTestId('target-input').waitFor();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Долой капитализм! Долой!');
    await page.keyboard.press('Control+Enter');

    await indicator().getByText('server unavailable — 1 change waiting').waitFor();
    await target.getByTestId('queued-label').waitFor();
    expect(await page.getByTestId('save-error').count()).toBe(0);
    // retried after Retry-After, still refused: still waiting, still there
    await page.waitForTimeout(2_500);
    await target.getByTestId('queued-label').waitFor();
    await target.filter({ hasText: 'Долой капитализм! Долой!' }).waitFor();
    await screenshotInEachLanguage(page, 'offline-database-unavailable', () =>
      page.locator('[data-testid="offline-indicator"][data-connection="unavailable"]').waitFor(),
    );

    await page.unroute(route);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="queued-label"]').length === 0, undefined, { timeout: 30_000 });
    const saved = (await rows()).find((r) => r.source.startsWith('Down with capitalism!'));
    expect(saved?.translation).toMatchObject({ text: 'Долой капитализм! Долой!', status: 'translated' });
  });

  it('brings conflicts up one at a time with both texts when someone saved the same segments meanwhile', async () => {
    const sources = ['75 years ago the Bolsheviks', 'They established the first workers'];
    const ids: string[] = [];
    for (const source of sources) {
      ids.push((await rows()).find((r) => r.source.startsWith(source))!.id);
    }
    await context.setOffline(true);
    await indicator().getByText('offline').waitFor();
    // the first by a click, the second is the next one after Ctrl+Enter
    const firstRow = page.locator(`[data-testid="segment-row"][data-segment-id="${ids[0]}"]`);
    await firstRow.click();
    await firstRow.getByTestId('target-input').waitFor();
    await page.keyboard.type('Моё 1');
    await page.keyboard.press('Control+Enter');
    await expect(activeSource(page)).resolves.toContain(sources[1]);
    await page.keyboard.type('Моё 2');
    await page.keyboard.press('Control+Enter');
    await indicator().getByText('offline — 2 changes waiting').waitFor();

    // Meanwhile a colleague saves both segments (through the API, from elsewhere).
    for (const [i, id] of ids.entries()) {
      await api(page, server.url, 'PUT', `/api/segments/${id}/translations/ru`, { text: `Коллеги ${i + 1}`, status: 'translated', version: 0 });
    }
    await context.setOffline(false);

    const dialog = page.getByTestId('conflict-dialog');
    await dialog.waitFor({ timeout: 30_000 });
    expect(await dialog.getByTestId('conflict-mine-text').textContent()).toBe('Моё 1');
    expect(await dialog.getByTestId('conflict-theirs-text').textContent()).toBe('Коллеги 1');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'offline-conflict.png') });
    await dialog.getByTestId('keep-mine').click();

    // the next one only after the first is decided
    await page.waitForFunction(() => document.querySelector('[data-testid="conflict-mine-text"]')?.textContent === 'Моё 2', undefined, { timeout: 30_000 });
    expect(await dialog.getByTestId('conflict-theirs-text').textContent()).toBe('Коллеги 2');
    await dialog.getByTestId('take-theirs').click();
    await dialog.waitFor({ state: 'detached' });

    await page.waitForFunction(() => document.querySelectorAll('[data-testid="queued-label"]').length === 0, undefined, { timeout: 30_000 });
    // "Keep mine" saved over the colleague's version; "take theirs" left theirs.
    const [first, second] = ids;
    await firstRow.filter({ hasText: 'Моё 1' }).waitFor();
    await page.waitForFunction((id) => !document.querySelector(`[data-segment-id="${id}"] .saving`), first);
    const now = await rows();
    expect(now.find((r) => r.id === first)?.translation).toMatchObject({ text: 'Моё 1', version: 2 });
    expect(now.find((r) => r.id === second)?.translation).toMatchObject({ text: 'Коллеги 2', version: 1 });
    await page.locator(`[data-testid="segment-row"][data-segment-id="${second}"]`).filter({ hasText: 'Коллеги 2' }).waitFor();
  });
});

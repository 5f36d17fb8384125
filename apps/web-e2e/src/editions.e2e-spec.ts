import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser, Download, Page } from 'playwright-core';
import type { Revision, SegmentRow } from '@interlinea/shared';
import { launchChromium } from './support/chromium';
import { startWorkbench, type WorkbenchServer } from './support/workbench-server';
import { SCREENSHOTS, api, createProject, screenshotInEachLanguage, setUpAdmin, uploadDocument } from './support/workbench-steps';

const RUSSIAN = ['Забастовка начинается в понедельник.', 'Собрание профсоюза в девять часов.', 'Возьмите членский билет.', 'Спасибо за поддержку.'];
const ENGLISH = ['The strike begins on Monday.', 'The union meeting is at nine.', 'Bring your membership card.', 'Thank you for your support.'];
const GERMAN = [
  'Der Streik beginnt am Montag.',
  'Die Gewerkschaftsversammlung ist um neun.',
  'Bringen Sie Ihren Mitgliedsausweis mit.',
  'Danke für Ihre Unterstützung.',
];
const CORRECTED = [RUSSIAN[0], RUSSIAN[1], 'Возьмите с собой членский билет.', RUSSIAN[3]];

/**
 * Three editions of a Russian leaflet in a real browser: English from the source, German from the
 * English (the pivot). The English changes, the German is flagged outdated; the manager reads what
 * changed and confirms by Alt+O that it still holds; publishes the German edition; imports a corrected
 * original; finds the errata list; and the publication downloads byte for byte as it was.
 */
describe('editions: outdated translations, publications, corrections of the original', () => {
  let server: WorkbenchServer;
  let browser: Browser;
  let anna: Page;
  let documentId = '';
  let rows: SegmentRow[] = [];
  let firstDownload: Buffer;
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'editions-'));
  const leaflet = path.join(folder, 'listovka.txt');
  const corrected = path.join(folder, 'listovka-corrected.txt');

  const editorRow = (index: number) => anna.locator(`[data-testid="segment-row"][data-segment-id="${rows[index].id}"]`);
  const readDownload = async (download: Download) => fs.readFileSync((await download.path())!);

  beforeAll(async () => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    fs.writeFileSync(leaflet, RUSSIAN.join('\n\n'));
    fs.writeFileSync(corrected, CORRECTED.join('\n\n'));
    server = await startWorkbench();
    browser = await launchChromium();
    anna = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true })).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('flags the German outdated when its English pivot changes, shows what changed, and confirms it by Alt+O', async () => {
    await setUpAdmin(anna, server.url);
    const projectUrl = await createProject(anna, 'Листовка профсоюза', 'ru', ['English', 'German']);
    await uploadDocument(anna, leaflet);
    const projectId = projectUrl.split('/projects/')[1];
    documentId = (await api<{ id: string }[]>(anna, server.url, 'GET', `/api/projects/${projectId}/documents`))[0].id;
    rows = await api<SegmentRow[]>(anna, server.url, 'GET', `/api/documents/${documentId}/segments?lang=en`);
    for (const [i, row] of rows.entries()) {
      await api(anna, server.url, 'PUT', `/api/segments/${row.id}/translations/en`, { text: ENGLISH[i], status: 'translated', version: 0 });
      await api(anna, server.url, 'PUT', `/api/segments/${row.id}/translations/de`, { text: GERMAN[i], status: 'translated', version: 0, fromLanguage: 'en' });
    }
    await api(anna, server.url, 'PUT', `/api/segments/${rows[1].id}/translations/en`, {
      text: 'The union meeting is at ten.',
      status: 'translated',
      version: 1,
    });

    await anna.goto(`${server.url}/documents/${documentId}/de`);
    await editorRow(1).getByTestId('outdated-badge').waitFor();
    expect(await anna.getByTestId('outdated-badge').count()).toBe(1);
    await anna.getByTestId('outdated-filter').check();
    await anna.locator('[data-testid="segment-row"]').nth(1).waitFor({ state: 'detached' });
    expect(await anna.getByTestId('segment-row').count()).toBe(1);
    await editorRow(1).locator('.segment__source').click();
    const details = anna.getByTestId('outdated-details');
    await details.waitFor();
    await details.getByTestId('origin-diff').waitFor();
    expect(await details.textContent()).toContain('EN edition, version 1 → 2');
    expect(await details.locator('del').allTextContents()).toContain('nine');
    expect(await details.locator('ins').allTextContents()).toContain('ten');
    expect(await anna.getByTestId('provenance').textContent()).toBe('Translated from EN v1 (a pivot edition)');
    await screenshotInEachLanguage(anna, 'editions-outdated');

    // the key is in the shortcut help
    await anna.keyboard.press('F1');
    expect(await anna.getByTestId('shortcut-help').textContent()).toContain('Alt+O');
    await anna.keyboard.press('Escape');
    await anna.getByTestId('shortcut-help').waitFor({ state: 'detached' });

    await anna.getByTestId('target-input').click();
    await anna.keyboard.press('Alt+o');
    await editorRow(1).getByTestId('outdated-badge').waitFor({ state: 'detached' });
    const [revision] = await api<Revision[]>(anna, server.url, 'GET', `/api/segments/${rows[1].id}/translations/de/revisions`);
    expect(revision).toMatchObject({ kind: 'outdated-confirmed', text: GERMAN[1], authorName: 'Anna Admin' });
    const german = await api<SegmentRow[]>(anna, server.url, 'GET', `/api/documents/${documentId}/segments?lang=de`);
    expect(german.map((r) => r.outdated)).toEqual([false, false, false, false]);
  });

  it('publishes the German edition and downloads it', async () => {
    await anna.getByTestId('publications-link').click();
    await anna.waitForURL(`**/documents/${documentId}/publications`);
    const edition = anna.locator('[data-testid="edition-publications"][data-language="de"]');
    await edition.getByTestId('publish').click();
    await edition.locator('[data-testid="publication-row"][data-number="1"]').waitFor();
    const [download] = await Promise.all([anna.waitForEvent('download'), edition.locator('[data-testid="publication-download"][data-format="txt"]').click()]);
    expect(download.suggestedFilename()).toBe('listovka.de.txt');
    firstDownload = await readDownload(download);
    expect(firstDownload.toString('utf8')).toBe(GERMAN.join('\n\n'));
    expect(await edition.getByTestId('errata-list').textContent()).toContain('No changes.');
  });

  it('imports a corrected original after seeing what changes, and finds the errata of every edition', async () => {
    const correction = anna.getByTestId('correction-import');
    await correction.locator('input[type="file"]').setInputFiles(corrected);
    const summary = correction.getByTestId('correction-summary');
    await summary.waitFor();
    expect(await summary.locator('[data-kind="changed"]').getAttribute('data-count')).toBe('1');
    expect(await summary.locator('[data-kind="unchanged"]').getAttribute('data-count')).toBe('3');
    expect(await correction.getByTestId('correction-pair').textContent()).toContain('Возьмите с собой членский билет.');
    await screenshotInEachLanguage(anna, 'editions-correction-preview');
    await correction.getByTestId('apply-correction').click();
    expect(await correction.getByTestId('correction-result').textContent()).toContain('Applied: 1 changed, 0 new, 0 removed.');

    const errata = anna.locator('[data-testid="errata"][data-language="de"]');
    const change = errata.getByTestId('edition-change');
    await change.waitFor();
    expect(await change.count()).toBe(1);
    expect((await change.getByTestId('source-diff').locator('ins').allTextContents()).join('')).toContain('собой');
    expect(await change.textContent()).toContain('Outdated');
    expect(await errata.getByTestId('errata-summary').textContent()).toContain('1 correction of the original');
    await screenshotInEachLanguage(anna, 'editions-publications', () => errata.scrollIntoViewIfNeeded());

    // the German translation is kept, flagged outdated; the publication still downloads as it was
    const german = await api<SegmentRow[]>(anna, server.url, 'GET', `/api/documents/${documentId}/segments?lang=de`);
    expect(german.map((r) => [r.translation?.text, r.outdated])).toEqual([
      [GERMAN[0], false],
      [GERMAN[1], false],
      [GERMAN[2], true],
      [GERMAN[3], false],
    ]);
    const edition = anna.locator('[data-testid="edition-publications"][data-language="de"]');
    const [again] = await Promise.all([anna.waitForEvent('download'), edition.locator('[data-testid="publication-download"][data-format="txt"]').click()]);
    expect((await readDownload(again)).equals(firstDownload)).toBe(true);
  });
});

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { DocumentSummary, Match, SegmentRow, Translation } from '@interlinea/shared';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { startWorkbench, type WorkbenchServer } from './support/workbench-server';
import { api, createProject, SCREENSHOTS, screenshotInEachLanguage, setUpAdmin, uploadDocument } from './support/workbench-steps';

const LEAFLET = ['The strike committee meets every Tuesday.', 'Bring your union card.', 'Solidarity wins.'];
const TMX_UNITS: [string, string][] = [
  ['Bring your union card.', 'Принесите профсоюзный билет.'],
  ['The union card is free.', 'Профсоюзный билет бесплатный.'],
];

/** A TMX 1.4b file of the units, each with a `<prop>`. */
function tmx(): string {
  const units = TMX_UNITS.map(
    ([en, ru], i) =>
      `<tu tuid="u${i + 1}"><prop type="x-source">Union archive</prop>` +
      `<tuv xml:lang="en-GB"><seg>${en}</seg></tuv><tuv xml:lang="ru-RU"><seg>${ru}</seg></tuv></tu>`,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="e2e" creationtoolversion="1" segtype="sentence" o-tmf="none" adminlang="en" srclang="en-GB" datatype="plaintext"/>' +
    `<body>${units.join('')}</body></tmx>\n`
  );
}

/**
 * The memory page by keyboard: a reviewer searches the memory, opens a unit imported from TMX,
 * vouches for it, corrects it, retires it, and retires a whole import with a preview and an undo;
 * each step shows in the editor's matches.
 */
describe('memory review page', () => {
  let server: WorkbenchServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let projectUrl = '';
  let cardSegment = '';
  const files = fs.mkdtempSync(path.join(os.tmpdir(), 'interlinea-memory-review-e2e-'));
  const matches = async (): Promise<Match[]> =>
    (await api<{ matches: Match[] }>(page, server.url, 'GET', `/api/segments/${cardSegment}/matches?lang=ru`)).matches;
  const selected = () => page.locator('[data-testid="memory-unit"][aria-selected="true"]');
  const pane = () => page.getByTestId('memory-unit-pane');

  beforeAll(async () => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    fs.writeFileSync(path.join(files, 'strike.txt'), LEAFLET.join('\n\n') + '\n');
    fs.writeFileSync(path.join(files, 'union-archive.tmx'), tmx());
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

  it('fills the memory from a confirmed translation and a TMX import', async () => {
    await setUpAdmin(page, server.url);
    projectUrl = await createProject(page, 'Strike leaflets', 'en', ['Russian']);
    const projectId = projectUrl.split('/projects/')[1];
    await uploadDocument(page, path.join(files, 'strike.txt'));
    const [doc] = await api<DocumentSummary[]>(page, server.url, 'GET', `/api/projects/${projectId}/documents`);
    const rows = await api<SegmentRow[]>(page, server.url, 'GET', `/api/documents/${doc.id}/segments?lang=ru`);
    cardSegment = rows[1].id;
    await api<Translation>(page, server.url, 'PUT', `/api/segments/${rows[0].id}/translations/ru`, {
      text: 'Стачком собирается каждый вторник.',
      status: 'translated',
      version: 0,
    });
    await page.getByTestId('tmx-import-input').setInputFiles(path.join(files, 'union-archive.tmx'));
    await page.getByTestId('tmx-import-submit').click();
    await page.getByTestId('tmx-import-result').waitFor();
    expect((await matches())[0]).toMatchObject({ target: 'Принесите профсоюзный билет.', score: 98, trusted: false });
  });

  it('searches the memory with the hits marked and opens a unit by keyboard', async () => {
    await page.getByTestId('memory-link').click();
    await page.getByTestId('memory-review-page').waitFor();
    await page.getByTestId('memory-total').filter({ hasText: '3 units' }).waitFor();
    expect(await page.getByTestId('memory-unit').count()).toBe(3);

    await page.keyboard.press('/');
    await page.keyboard.type('union card');
    await page.keyboard.press('Enter');
    await page.getByTestId('memory-total').filter({ hasText: '2 units' }).waitFor();
    expect(await page.getByTestId('memory-hit').allTextContents()).toEqual(expect.arrayContaining(['union', 'card']));
    await page.keyboard.press('Escape');

    // j/k move the selection, Enter opens the unit
    const first = await selected().textContent();
    await page.keyboard.press('j');
    expect(await selected().textContent()).not.toBe(first);
    await page.keyboard.press('k');
    expect(await selected().textContent()).toBe(first);
    while (!((await selected().textContent()) ?? '').includes('Bring your union card.')) await page.keyboard.press('j');
    await page.keyboard.press('Enter');
    await pane().getByTestId('unit-provenance').filter({ hasText: 'union-archive.tmx' }).waitFor();
    expect(await pane().getByTestId('unit-provenance').textContent()).toContain('Union archive');
    await screenshotInEachLanguage(page, 'memory-review', () => pane().getByTestId('unit-provenance').waitFor());
  });

  it('vouches (v), corrects (e, Ctrl+Enter) and retires (r) the unit; the matches follow', async () => {
    await page.keyboard.press('v');
    await pane().getByText('Vouched for by Anna Admin').waitFor();
    await selected().getByTestId('badge-untrusted').waitFor({ state: 'detached' });
    expect((await matches())[0]).toMatchObject({ score: 100, trusted: true, penalty: 0 });

    await page.keyboard.press('e');
    const field = pane().getByTestId('unit-variant-ru');
    await field.waitFor();
    // the first variant's box has the focus; Tab goes to the Russian one
    await expect(
      pane()
        .getByTestId('unit-variant-en')
        .evaluate((el) => el === document.activeElement),
    ).resolves.toBe(true);
    await page.keyboard.press('Tab');
    await expect(field.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Возьмите с собой профсоюзный билет.');
    await page.keyboard.press('Control+Enter');
    await pane().getByTestId('unit-text-ru').filter({ hasText: 'Возьмите с собой профсоюзный билет.' }).waitFor();
    expect(await pane().getByTestId('unit-history').textContent()).toContain('Принесите профсоюзный билет.');
    expect((await matches())[0].target).toBe('Возьмите с собой профсоюзный билет.');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'memory-review-corrected.png') });

    await page.keyboard.press('r');
    await page.getByTestId('memory-total').filter({ hasText: '1 unit' }).waitFor();
    expect(await matches()).toEqual([]);
  });

  it('retires a whole TMX import with a preview, and undoes it', async () => {
    await page.getByTestId('memory-search').fill('');
    await page.getByTestId('memory-filter-retired').selectOption('any');
    await page.getByTestId('memory-filter-importId').selectOption({ label: 'union-archive.tmx' });
    await page.getByTestId('memory-total').filter({ hasText: '2 units' }).waitFor();
    await page.getByTestId('bulk-restore').click();
    await page.getByTestId('bulk-preview').filter({ hasText: 'Restore 1 retired unit?' }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByTestId('bulk-done').waitFor();
    expect((await matches())[0].target).toBe('Возьмите с собой профсоюзный билет.');

    await page.getByTestId('bulk-retire').click();
    await page.getByTestId('bulk-preview').filter({ hasText: 'Retire 2 units?' }).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'memory-review-bulk.png') });
    await page.keyboard.press('Enter');
    await page.getByTestId('bulk-done').filter({ hasText: '2 units changed.' }).waitFor();
    expect(await matches()).toEqual([]);
    await page.getByTestId('badge-retired').nth(1).waitFor();

    await page.getByTestId('bulk-undo').click();
    await page.getByTestId('bulk-undone').waitFor();
    expect((await matches())[0]).toMatchObject({ target: 'Возьмите с собой профсоюзный билет.', trusted: true });
  });
});

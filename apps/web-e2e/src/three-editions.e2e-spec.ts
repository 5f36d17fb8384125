import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { startWorkbench, type WorkbenchServer } from './support/workbench-server';
import { api, createProject, SCREENSHOTS, setUpAdmin, uploadDocument } from './support/workbench-steps';

/** A Russian leaflet; printed five times over, long enough for Ctrl+End, "go to" and the wheel to mean something. */
const PARAGRAPHS = [
  'Долой капитализм! Долой сталинизм!',
  'Рабочая власть',
  'Вперёд, к новому красному Октябрю!',
  'Листовка группы «Рабочая власть», распространённая в Москве 7 ноября 1992 года.',
  '75 лет назад большевики во главе с Лениным и Троцким привели пролетариат к захвату власти в нашей стране.',
  'Они создали первое в мире рабочее государство, революционную диктатуру пролетариата.',
  'Однако к 1923 году, после поражения восстания в Германии, стратегия интернационализации революции потерпела серьёзную неудачу.',
  'Бюрократия захватила власть в партии и государстве и задушила рабочую демократию.',
  'Сегодня новые хозяева распродают заводы и фабрики, построенные трудом нескольких поколений рабочих.',
  'Цены растут каждую неделю, а зарплату задерживают месяцами.',
  'Только независимые рабочие советы могут защитить интересы трудящихся.',
  'Рабочие всех стран, соединяйтесь!',
];
const LEAFLET = Array.from({ length: 5 }, (_, copy) => PARAGRAPHS.map((p) => (copy === 0 ? p : `${p} (${copy + 1})`))).flat();

interface Row {
  id: string;
  index: number;
  source: string;
  translation: { text: string; status: string } | null;
}

/**
 * Issue 14, item 1: the source and two editions side by side (RU │ EN │ DE), worked by keyboard:
 * Alt+→ into the German column, type, confirm; Alt+← back to English; Ctrl+End; go to a segment
 * number with Ctrl+G. The columns chosen come back after a reload.
 */
describe('the three-edition grid, by keyboard', () => {
  let server: WorkbenchServer;
  let browser: Browser;
  let page: Page;
  let documentId = '';
  const files = fs.mkdtempSync(path.join(os.tmpdir(), 'three-editions-'));
  const leaflet = path.join(files, 'rabochaya-vlast.txt');

  beforeAll(async () => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    fs.writeFileSync(leaflet, LEAFLET.join('\n\n') + '\n');
    server = await startWorkbench();
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    fs.rmSync(files, { recursive: true, force: true });
  });

  const activeRow = () => page.locator('[data-testid="segment-row"][data-active="true"]');
  const activeNumber = async () => Number(await activeRow().getAttribute('data-index')) + 1;
  const focusedLabel = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.tagName ?? '');
  const rows = (lang: string) => api<Row[]>(page, server.url, 'GET', `/api/documents/${documentId}/segments?lang=${lang}`);

  it('shows the Russian source with the English and German editions side by side', async () => {
    await setUpAdmin(page, server.url);
    await createProject(page, 'Рабочая власть', 'ru', ['English', 'German']);
    await uploadDocument(page, leaflet);
    await page.locator('[data-testid="open-editor"][data-language="en"]').first().click();
    await page.waitForURL('**/documents/*/en');
    documentId = new URL(page.url()).pathname.split('/')[2];
    await page.getByTestId('target-input').waitFor();

    await page.getByTestId('second-edition').selectOption('de');
    expect(await page.getByTestId('edition-header').allTextContents()).toEqual(['English · EN', 'German · DE']);
    expect(await page.getByRole('columnheader').first().textContent()).toBe('#');
    await expect(page.getByRole('columnheader').nth(1).textContent()).resolves.toBe('Source · RU');
    // the cursor is back in the English translation of the first segment
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Translation of segment 1');
  });

  it('Alt+→ goes into the German column; typed text is confirmed there with Ctrl+Enter', async () => {
    await page.keyboard.press('Alt+ArrowRight');
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Translation of segment 1 into DE');
    expect(await page.locator('.grid__edition--cursor').textContent()).toContain('DE');
    await page.keyboard.type('Nieder mit dem Kapitalismus! Nieder mit dem Stalinismus!');
    await page.keyboard.press('Control+Enter');
    // saved in the German edition, and the cursor went on to segment 2, still in German
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Translation of segment 2 into DE');
    const first = page.locator('[data-testid="segment-row"][data-index="0"] [data-testid="edition-cell"]');
    await first.locator('[data-status="translated"]').waitFor();
    const [de, en] = [await rows('de'), await rows('en')];
    expect(de[0].translation).toMatchObject({ text: 'Nieder mit dem Kapitalismus! Nieder mit dem Stalinismus!', status: 'translated' });
    expect(en[0].translation).toBeNull();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'three-editions-1440.png') });
  });

  it('Alt+← goes back to the English column of the same segment', async () => {
    await page.keyboard.press('Alt+ArrowLeft');
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Translation of segment 2');
    await page.keyboard.type('Rabochaya Vlast');
    await page.keyboard.press('Control+Enter');
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Translation of segment 3');
    expect((await rows('en'))[1].translation).toMatchObject({ text: 'Rabochaya Vlast', status: 'translated' });
  });

  it('Ctrl+End goes to the last segment, Ctrl+Home to the first, Ctrl+G to a number', async () => {
    const all = await rows('en');
    expect(all.length).toBeGreaterThanOrEqual(LEAFLET.length);
    await page.keyboard.press('Control+End');
    await page.waitForFunction((n) => document.activeElement?.getAttribute('aria-label') === `Translation of segment ${n}`, all.length);
    expect(await activeNumber()).toBe(all.length);
    await page.keyboard.press('Control+Home');
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Translation of segment 1');

    await page.keyboard.press('Control+g');
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'goto-segment');
    await page.keyboard.type('7');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Translation of segment 7');
    expect(await activeRow().locator('.segment__source').textContent()).toBe(all[6].source);
  });

  it('keeps the focus in the grid after the wheel scrolls the active row away', async () => {
    await page.getByTestId('segment-grid').hover();
    await page.mouse.wheel(0, 4000);
    await page.waitForTimeout(300);
    expect(await focusedLabel()).toBe('Translation of segment 7');
    await page.keyboard.press('Alt+ArrowDown');
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Translation of segment 8');
  });

  it('a click on a source puts the cursor in its translation; the first unconfirmed is a click away', async () => {
    await page.locator('[data-testid="segment-row"][data-index="3"] [data-testid="source-cell"]').click();
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Translation of segment 4');
    await page.getByTestId('first-unconfirmed').click();
    // segment 1 has German only: in English it is the first not confirmed
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Translation of segment 1');
  });

  it('remembers the columns after a reload, and reads well in a narrower window', async () => {
    await page.reload();
    await page.getByTestId('target-input').waitFor();
    expect(await page.getByTestId('edition-header').allTextContents()).toEqual(['English · EN', 'German · DE']);
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.keyboard.press('Alt+ArrowRight');
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Translation of segment 1 into DE');
    await page.waitForTimeout(200);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'three-editions-1100.png') });
  });
});

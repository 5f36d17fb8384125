import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import mammoth from 'mammoth';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { startWorkbench, type WorkbenchServer } from './support/workbench-server';

const SCREENSHOTS = path.resolve(__dirname, '../../../screenshots');
const LINK = 'https://example.org/rabochaya-vlast';

const ARTICLE_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Forward to a new red October</title></head>
<body><nav><a href="/">Home</a> <a href="/about">About</a></nav>
<article><h1>Forward to a new red October</h1>
<p>Down with <b>capitalism</b> and read <a href="${LINK}">our paper</a>.</p>
<p>The leaflet was distributed in Moscow.</p></article>
<footer>Share this Article</footer></body></html>`;

/** A Word document with a bold run and a hyperlink, as Word writes them. */
function articleDocx(): Buffer {
  const W =
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const xml = (body: string) => strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`);
  return Buffer.from(
    zipSync({
      '[Content_Types].xml': xml(
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
      '_rels/.rels': xml(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
      'word/_rels/document.xml.rels': xml(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${LINK}" TargetMode="External"/></Relationships>`,
      ),
      'word/document.xml': xml(
        `<w:document ${W}><w:body>` +
          '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Forward to a new red October</w:t></w:r></w:p>' +
          '<w:p><w:r><w:t xml:space="preserve">Down with </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>capitalism</w:t></w:r><w:r><w:t xml:space="preserve"> and read </w:t></w:r>' +
          '<w:hyperlink r:id="rId5"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>our paper</w:t></w:r></w:hyperlink><w:r><w:t>.</w:t></w:r></w:p>' +
          '</w:body></w:document>',
      ),
    }),
  );
}

/**
 * Formats in a real browser: upload a Word document and an HTML article at once, translate the sentence
 * with bold text and a link (inserting its codes from the keyboard), export both, and open the files.
 */
describe('a Word document and an HTML article keep their formatting in translation', () => {
  let server: WorkbenchServer;
  let browser: Browser;
  let page: Page;
  let projectUrl = '';
  const files = fs.mkdtempSync(path.join(os.tmpdir(), 'interlinea-formats-'));

  beforeAll(async () => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    server = await startWorkbench({ ADMIN_EMAIL: 'anna@example.org', ADMIN_PASSWORD: 'correct horse battery' });
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true })).newPage();
    fs.writeFileSync(path.join(files, 'article.html'), ARTICLE_HTML);
    fs.writeFileSync(path.join(files, 'article.docx'), articleDocx());
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    fs.rmSync(files, { recursive: true, force: true });
  });

  it('logs in as the admin named at start-up and prepares a project', async () => {
    await page.goto(server.url);
    await page.waitForURL((url) => url.pathname === '/login');
    await page.getByLabel('Email').fill('anna@example.org');
    await page.getByLabel('Password').fill('correct horse battery');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'New project' }).click();
    await page.getByLabel('Name').fill('Articles');
    await page.getByLabel('Source language').selectOption('en');
    await page.getByLabel('Russian').check();
    await page.getByRole('button', { name: 'Create project' }).click();
    await page.waitForURL('**/projects/*');
    projectUrl = page.url();
    const grant = page.getByTestId('grant-form');
    await grant.getByLabel('Role').selectOption('translator');
    await grant.getByLabel('Language').selectOption('ru');
    await grant.getByRole('button', { name: 'Give role' }).click();
    await page
      .getByTestId('member-role')
      .filter({ hasText: /translator/i })
      .waitFor();
  });

  it('uploads both files at once and reports each', async () => {
    await page.getByTestId('upload-input').setInputFiles([path.join(files, 'article.docx'), path.join(files, 'article.html')]);
    await expect(page.getByTestId('upload-result').nth(1).waitFor()).resolves.toBeUndefined();
    const results = await page.getByTestId('upload-result').allTextContents();
    expect(results).toHaveLength(2);
    for (const line of results) expect(line).toMatch(/\d+ segments?, \d+ words?/);
    await page.getByTestId('document-row').nth(1).waitFor(); // the list is read again after each import
    await expect(page.getByTestId('document-row').count()).resolves.toBe(2);
  });

  for (const [title, file] of [
    ['Forward to a new red October', 'html'],
    ['Forward to a new red October', 'docx'],
  ] as const) {
    it(`translates the sentence with bold text and a link in the ${file} document`, async () => {
      await page.goto(projectUrl);
      const row = page.getByTestId('document-row').nth(file === 'docx' ? 0 : 1);
      await row.waitFor();
      expect(await row.textContent()).toContain(title);
      await row.locator('[data-testid="open-editor"][data-language="ru"]').click();
      const segment = page.getByTestId('segment-row').filter({ hasText: 'Down with' });
      await segment.click();
      const tokens = await segment.getByTestId('code-chip').evaluateAll((chips) => chips.map((chip) => chip.getAttribute('data-token')));
      expect([...new Set(tokens)].sort()).toEqual(['{/1}', '{/2}', '{1}', '{2}']);
      const editor = page.getByTestId('target-input');
      // let the memory answer first: for the Word document it may fill in the HTML article's translation
      await page.waitForLoadState('networkidle');
      await editor.focus();
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Backspace');
      await page.keyboard.type('Долой ');
      await page.keyboard.press('Control+Comma');
      await page.keyboard.type('капитализм');
      await page.keyboard.press('Control+Comma');
      await page.keyboard.type(' и читайте ');
      await page.keyboard.press('Control+Comma');
      await page.keyboard.type('нашу газету');
      await page.keyboard.press('Control+Comma');
      await page.keyboard.type('.');
      await expect(page.getByTestId('code-issue').count()).resolves.toBe(0);
      if (file === 'html') await page.screenshot({ path: path.join(SCREENSHOTS, 'editor-inline-codes.png') });
      await page.keyboard.press('Control+Enter');
      await page.locator('[data-testid="segment-row"][data-status="translated"]').filter({ hasText: 'Долой' }).waitFor();
    });
  }

  async function exportRussian(rowIndex: number): Promise<Buffer> {
    await page.goto(projectUrl);
    await page.getByTestId('export-open').nth(rowIndex).click();
    const dialog = page.getByTestId('export-dialog');
    await dialog.getByLabel('Use their current translation').check();
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download' }).click()]);
    return fs.readFileSync(await download.path());
  }

  it('exports the HTML article with the bold text and the link in the translation', async () => {
    const html = (await exportRussian(1)).toString('utf8');
    expect(html).toContain(`Долой <b>капитализм</b> и читайте <a href="${LINK}">нашу газету</a>.`);
    expect(html).toContain('<nav><a href="/">Home</a>');
  });

  it('exports a Word document that a .docx reader opens with bold text and the link', async () => {
    const { value } = await mammoth.convertToHtml({ buffer: await exportRussian(0) });
    expect(value).toContain(`Долой <strong>капитализм</strong> и читайте <a href="${LINK}">нашу газету</a>.`);
    expect(value).toContain('<h1>Forward to a new red October</h1>');
  });
});

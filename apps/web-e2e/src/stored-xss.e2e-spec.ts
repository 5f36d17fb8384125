import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { ImportResult, ProjectSummary, SegmentRow } from '@interlinea/shared';
import { ApiClient } from './support/api-client';
import { launchChromium } from './support/chromium';
import { startWorkbench, type WorkbenchServer } from './support/workbench-server';
import { SCREENSHOTS } from './support/workbench-steps';

const PASSWORD = 'correct horse battery';
const ANNA = 'anna@example.org';
const TANYA = 'tanya@example.org';

/**
 * A stored-XSS payload marked with the field it was typed into: an image and an SVG whose handlers set
 * `window.__xss`, a tag-breaking script and a template expression (49 if some template engine evaluated
 * it). Short enough for a display name (100 characters). Longer fields also get a `javascript:` link.
 */
const xss = (field: string) => `${field}<img src=x onerror=__xss=1><svg onload=__xss=1>"><script>__xss=1</script>{{7*7}}`;
const withLink = (field: string) => `${xss(field)} [see](javascript:__xss=1) javascript:__xss=1`;
/** What a page must show, character for character, where the field appears. */
const literal = (field: string) => `${field}<img src=x onerror=__xss=1>`;

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Markup typed into every field a person writes — project name, document name, source text, translation,
 * review reason, comment, glossary term and note, memory units imported by TMX, display names, alignment
 * title — then every page that shows them opened in chromium: nothing runs (the payloads would set
 * `window.__xss`; no dialog, no Content-Security-Policy violation, no element made from the payload) and
 * each page shows the text as it was typed.
 */
describe('stored markup in every user-written field stays text on every page', () => {
  let server: WorkbenchServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const dialogs: string[] = [];
  let project: ProjectSummary;
  let documentId = '';
  let alignmentId = '';
  const timings: string[] = [];

  beforeAll(async () => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    server = await startWorkbench();
    const anna = await new ApiClient(server.url).setUp(ANNA, PASSWORD, 'Anna Admin');
    await anna.json('PATCH', '/api/auth/me', { displayName: xss('UA') });
    project = await anna.json<ProjectSummary>('POST', '/api/projects', { name: xss('PN'), sourceLanguage: 'en', targetLanguages: ['ru', 'de'] });

    // the memory: a TMX whose units carry the payload, for the editor's matches and the concordance search
    const source = `Down with capitalism, ${xss('SRC')}.`;
    const tmx = `<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="en"/><body>
      <tu><tuv xml:lang="en"><seg>${xml(source)}</seg></tuv><tuv xml:lang="ru"><seg>${xml(`Долой капитализм, ${xss('TMX')}.`)}</seg></tuv></tu>
      <tu><tuv xml:lang="en"><seg>Bread and peace for the councils.</seg></tuv><tuv xml:lang="ru"><seg>${xml(`Хлеб и мир советам, ${xss('TMC')}.`)}</seg></tuv></tu>
    </body></tmx>`;
    expect((await anna.upload(`/api/projects/${project.id}/memory/import?scope=project`, 'memory.tmx', tmx)).status).toBe(201);

    // the document: its name and its source text carry the payload
    const text = `${source}\n\nThe second line stays plain.\n\nBread and peace for everyone.`;
    const upload = await anna.upload(`/api/projects/${project.id}/documents`, `${xss('DN').replace(/\//g, '')}.txt`, text, { confirmLanguage: 'true' });
    expect(upload.status).toBe(201);
    documentId = ((await upload.json()) as ImportResult).id;
    const segments = await anna.json<SegmentRow[]>('GET', `/api/documents/${documentId}/segments?lang=ru`);
    const first = segments[0];

    // a translation, rejected with a reason, then translated again: the history has both
    await anna.json('PUT', `/api/segments/${first.id}/translations/ru`, { text: withLink('TR1'), status: 'translated', version: 0 });
    await anna.json('POST', `/api/segments/${first.id}/translations/ru/review`, { decision: 'reject', comment: withLink('RJ') });
    await anna.json('PUT', `/api/segments/${first.id}/translations/ru`, { text: withLink('TR2'), status: 'translated', version: 2 });

    // the glossary: a term of the first segment, with a note
    await anna.json('POST', `/api/projects/${project.id}/glossary`, {
      sourceLanguage: 'en',
      targetLanguage: 'ru',
      sourceTerm: 'capitalism',
      targetTerm: xss('GT'),
      note: withLink('GN'),
    });

    // a translator with a payload for a name, invited by email, who comments and mentions Anna (her inbox)
    const invitation = await anna.json<{ token: string }>('POST', `/api/projects/${project.id}/invitations`, {
      email: TANYA,
      role: 'translator',
      language: 'ru',
    });
    const accepted = await fetch(`${server.url}/api/invitations/${invitation.token}/accept`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ displayName: xss('UT'), password: PASSWORD }),
    });
    expect(accepted.status).toBe(201);
    const tanya = await new ApiClient(server.url).login(TANYA, PASSWORD);
    await tanya.json('POST', `/api/segments/${first.id}/comments`, { body: `@Anna ${withLink('CM')}`, language: 'ru' });

    // an alignment whose title and sentences carry the payload
    const form = new FormData();
    form.append('languages', 'en,ru');
    form.append('title', xss('AT'));
    form.append('files', new Blob([`${withLink('AEN')} Workers unite.`]), 'a.en.txt');
    form.append('files', new Blob([`${xss('ARU')} Рабочие, объединяйтесь.`]), 'a.ru.txt');
    const alignment = await anna.call('POST', `/api/projects/${project.id}/alignments`, form);
    expect(alignment.status).toBe(201);
    alignmentId = ((await alignment.json()) as { id: string }).id;

    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    // before any page script: the flag the payloads set, and a record of what the CSP blocked
    await context.addInitScript(() => {
      const w = window as unknown as { __cspViolations: string[] };
      w.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
    });
    page = await context.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto(`${server.url}/login`);
    await page.getByLabel('Email').fill(ANNA);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'New project' }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (timings.length) console.log(`stored XSS pages: ${timings.join(', ')}`);
  });

  /** Nothing ran, nothing was made of the payload, and each field shows as typed. */
  async function expectInert(name: string, fields: string[]): Promise<void> {
    const started = Date.now();
    await page.waitForLoadState('networkidle').catch(() => undefined);
    await page.screenshot({ path: path.join(SCREENSHOTS, `stored-xss-${name}.png`) });
    for (const field of fields) {
      await page.getByText(literal(field), { exact: false }).first().waitFor({ timeout: 15000 });
      expect(await page.getByText(`${field}<img`, { exact: false }).first().textContent()).toContain(`{{7*7}}`);
    }
    await page.waitForTimeout(300); // an image error or an SVG load fires within a frame or two
    const found = await page.evaluate(() => {
      const w = window as unknown as { __xss?: unknown; __cspViolations: string[] };
      return {
        ran: w.__xss ?? null,
        blocked: w.__cspViolations,
        injected: [
          ...document.querySelectorAll('img[src="x"], svg[onload], [onerror], [onload], script:not([src]), a[href^="javascript:"], iframe, object, embed'),
        ].map((e) => e.outerHTML.slice(0, 120)),
      };
    });
    expect({ page: name, ...found, dialogs }).toEqual({ page: name, ran: null, blocked: [], injected: [], dialogs: [] });
    timings.push(`${name} ${Date.now() - started} ms`);
  }

  it('the project list shows the project name as text', async () => {
    await page.goto(server.url);
    await expectInert('projects', ['PN']);
  });

  it('the project page shows the project, document and member names as text', async () => {
    await page.goto(`${server.url}/projects/${project.id}`);
    await expectInert('project', ['PN', 'DN', 'UA', 'UT']);
  });

  it('the glossary shows terms and notes as text', async () => {
    await page.goto(`${server.url}/projects/${project.id}/glossary`);
    await expectInert('glossary', ['GT', 'GN']);
  });

  it('the editor shows source, translation, memory match, term, comment and history as text', async () => {
    await page.goto(`${server.url}/documents/${documentId}/ru`);
    // the segment that carries everything: the first (the editor opens on the first untranslated one)
    await page.getByTestId('segment-row').first().locator('.segment__target-text').click();
    await page.getByTestId('side-panel').getByText('Segment 1', { exact: false }).waitFor();
    await expectInert('editor', ['SRC', 'TR2', 'TMX', 'GT', 'GN', 'CM', 'UT', 'TR1', 'RJ', 'UA']);
  });

  it('the concordance search shows memory units as text', async () => {
    await page.keyboard.press('Control+k');
    const dialog = page.getByTestId('concordance-dialog');
    await dialog.getByTestId('concordance-input').fill('councils');
    await dialog.getByTestId('concordance-hit').first().waitFor();
    await expectInert('concordance', ['TMC']);
    await page.keyboard.press('Escape');
  });

  it('the inbox shows the comment and its writer as text', async () => {
    await page.goto(`${server.url}/inbox`);
    await expectInert('inbox', ['CM', 'UT']);
  });

  it('the QA report shows the segment as text', async () => {
    await page.goto(`${server.url}/documents/${documentId}/ru/qa`);
    await page.getByTestId('qa-report-finding').first().waitFor();
    await expectInert('qa', ['SRC']);
  });

  it('the alignments list and the alignment review show titles and sentences as text', async () => {
    await page.goto(`${server.url}/projects/${project.id}/alignments`);
    await expectInert('alignments', ['AT']);
    await page.goto(`${server.url}/alignments/${alignmentId}`);
    await expectInert('alignment', ['AEN', 'ARU']);
  });

  it('an invitation cannot carry markup in its email address', async () => {
    const anna = await new ApiClient(server.url).login(ANNA, PASSWORD);
    const refused = await anna.call('POST', `/api/projects/${project.id}/invitations`, {
      email: `"<img src=x onerror=__xss=1>"@example.org`,
      role: 'publisher',
    });
    expect(refused.status).toBe(422);
  });
});

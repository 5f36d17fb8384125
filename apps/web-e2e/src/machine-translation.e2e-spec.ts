import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DocumentSummary, JobStatus, Revision, SegmentRow } from '@interlinea/shared';
import { FakeDeeplServer } from '@interlinea/testing-deepl';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { startWorkbench, type WorkbenchServer } from './support/workbench-server';
import {
  activeSource,
  api,
  createProject,
  goToSegment,
  grantMyself,
  SAMPLE,
  SCREENSHOTS,
  screenshotInEachLanguage,
  setUpAdmin,
  uploadDocument,
} from './support/workbench-steps';

const DEEPL_ENV = (deepl: FakeDeeplServer, key: string) => ({
  DEEPL_AUTH_KEY: key,
  DEEPL_SERVER_URL: deepl.url,
  DEEPL_MAX_RETRIES: '3',
  DEEPL_TIMEOUT_MS: '4000',
  JOB_LEASE_SECONDS: '2',
  JOB_SWEEP_SECONDS: '0.5',
  MT_BATCH_SIZE: '5',
  PRETRANSLATION_CONCURRENCY: '1',
});

/**
 * DeepL in the editor and in pre-translation, against a local DeepL-speaking server: a translator takes
 * an MT suggestion; a manager pre-translates the leaflet into German (informal, with a glossary term),
 * the API process is killed mid-job and restarted on the same data, the job finishes with every
 * segment translated exactly once, and the post-editing statistics show an edit made afterwards.
 */
describe('machine translation with DeepL', () => {
  const deepl = new FakeDeeplServer();
  let server: WorkbenchServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let projectUrl = '';
  let projectId = '';
  let documentId = '';

  beforeAll(async () => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await deepl.start();
    server = await startWorkbench({ env: DEEPL_ENV(deepl, 'test-key') });
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await deepl.stop();
  });

  it('sets up a project en → de with the leaflet, a glossary term and informal German', async () => {
    await setUpAdmin(page, server.url);
    projectUrl = await createProject(page, 'Leaflet DE', 'en', ['German']);
    projectId = projectUrl.split('/projects/')[1];
    await uploadDocument(page, SAMPLE);
    await grantMyself(page, 'translator', 'de');
    documentId = (await api<DocumentSummary[]>(page, server.url, 'GET', `/api/projects/${projectId}/documents`))[0].id;

    await page.getByTestId('glossary-link').click();
    const form = page.getByTestId('glossary-form');
    await form.getByLabel('Term (English)').fill('capitalism');
    await form.getByLabel('Translation (German)').fill('Kapitalismus');
    await form.getByLabel('Forbidden variants').fill('Capitalismus');
    await form.getByRole('button', { name: 'Add term' }).click();
    await page.getByTestId('glossary-row').filter({ hasText: 'Kapitalismus' }).waitFor();
    await screenshotInEachLanguage(page, 'glossary-page');

    await page.goto(`${projectUrl}/settings`);
    const german = page.locator('[data-testid="language-settings"][data-language="de"]');
    await german.getByTestId('formality-select').selectOption('less');
    await german.getByRole('status').waitFor();
    await page.getByTestId('mt-usage').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'project-settings-en.png') });
  });

  it('shows a translator the MT suggestion with the glossary applied, and inserts it by keyboard', async () => {
    await page.goto(projectUrl);
    await page.locator('[data-testid="open-editor"][data-language="de"]').click();
    await page.getByTestId('target-input').waitFor();
    await goToSegment(page, 'Down with capitalism!');
    const term = page.locator('[data-testid="segment-row"][data-active="true"] [data-testid="glossary-term"]');
    await term.waitFor();
    expect(await term.getAttribute('title')).toContain('Kapitalismus');

    const mt = page.locator('[data-testid="machinery-item"][data-kind="mt"]');
    await mt.waitFor();
    expect(await mt.textContent()).toContain('[DE] Down with Kapitalismus!');
    await mt.getByTestId('mt-glossary-applied').waitFor();
    expect(await mt.textContent()).toContain('informal');
    const position = (await page.getByTestId('machinery-item').evaluateAll((items) => items.map((i) => i.getAttribute('data-kind')))).indexOf('mt') + 1;
    await screenshotInEachLanguage(page, 'machinery-mt');

    await page.keyboard.press(`Control+${position}`);
    await expect(page.getByTestId('target-input').textContent()).resolves.toBe('[DE] Down with Kapitalismus!');
    await page.keyboard.press('Control+Enter');
    await expect(activeSource(page)).resolves.not.toContain('Down with capitalism!');
    await expectEventually(async () => {
      const rows = await api<SegmentRow[]>(page, server.url, 'GET', `/api/documents/${documentId}/segments?lang=de`);
      const row = rows.find((r) => r.source.startsWith('Down with capitalism!'));
      return row?.translation?.origin === 'mt' && row.translation.status === 'translated';
    });
    const formality = deepl.translateRequests().map((r) => r.params.formality);
    expect(formality.length).toBeGreaterThan(0);
    expect(formality.every((f) => f === 'less' || f === 'prefer_less')).toBe(true);
  });

  it('pre-translates the leaflet; the API dies mid-job, restarts on the same data, and the job finishes exactly once', async () => {
    const started = Date.now();
    const requestsBefore = deepl.requests.length; // the editor's suggestions came before
    await page.goto(projectUrl);
    deepl.translateDelayMs = 400;
    // the first process gets three batches answered; its fourth request is never answered
    deepl.holdAfter = { key: 'test-key', answered: deepl.translateRequests().filter((r) => r.key === 'test-key' && r.answered).length + 3 };
    await page.locator('[data-testid="pretranslate-open"][data-language="de"]').click();
    const dialog = page.getByTestId('pretranslate-dialog');
    await dialog.getByLabel('Use memory matches from').selectOption('100');
    // MT is offered once the dialog knows DeepL is configured
    await dialog.locator('[data-testid="pretranslate-use-mt"]:checked').waitFor();
    await dialog.getByTestId('pretranslate-start').click();

    const bar = page.getByTestId('pretranslate-progress');
    await page.locator('[data-testid="pretranslate-progress"][data-state="running"]').waitFor();
    await expectEventually(async () => Number(await bar.getAttribute('data-done')) >= 10, 20_000);
    await expectEventually(async () => deepl.translateRequests().some((r) => r.key === 'test-key' && !r.answered), 20_000);
    const total = Number(await bar.getAttribute('data-total'));
    const doneBeforeCrash = Number(await bar.getAttribute('data-done'));
    expect(doneBeforeCrash).toBeLessThan(total);
    await screenshotInEachLanguage(page, 'pretranslate-progress');

    await server.crash();
    deepl.translateDelayMs = 0;
    await server.restart(DEEPL_ENV(deepl, 'second-key'));
    await page.reload();
    await page.locator('[data-testid="pretranslate-progress"][data-state="completed"]').waitFor({ timeout: 60_000 });
    console.log(`pre-translation with a crash and restart: ${Date.now() - started} ms`);
    expect(await bar.getAttribute('data-done')).toBe(String(total));
    await page.screenshot({ path: path.join(SCREENSHOTS, 'pretranslate-completed-en.png') });

    const jobId = await page.evaluate((key) => window.localStorage.getItem(key), `interlinea.pretranslation.${documentId}:de`);
    const job = await api<JobStatus>(page, server.url, 'GET', `/api/jobs/${jobId}`);
    expect(job).toMatchObject({ state: 'completed', done: total, failed: 0 });
    expect(job.fromMemory + job.fromMt + job.skipped).toBe(total);

    // DeepL answered each text once; the batch the dead process never got back was sent again, nothing else
    const answered = deepl.requests
      .slice(requestsBefore)
      .filter((r) => r.path === '/v2/translate' && r.answered && r.status === 200)
      .flatMap((r) => r.texts);
    // texts the editor had already asked for come from the MT cache, free
    console.log(
      `pre-translation: ${job.fromMt} segments by MT, ${answered.length} texts answered by DeepL during the job, ${job.fromMemory} from memory, ${job.skipped} skipped`,
    );
    expect(answered.length).toBeLessThanOrEqual(job.fromMt);
    expect(answered.length).toBeGreaterThan(job.fromMt / 2);
    expect(new Set(answered).size).toBe(answered.length);
    const rows = await api<SegmentRow[]>(page, server.url, 'GET', `/api/documents/${documentId}/segments?lang=de`);
    // every segment for translation; the leaflet's site furniture (search box, share bar) is not pre-translated
    expect(rows.filter((r) => r.translatable).every((r) => r.translation && r.translation.text.length > 0)).toBe(true);
    expect(rows.filter((r) => !r.translatable).every((r) => r.translation === null)).toBe(true);
    const machine = rows.filter((r) => r.translation?.origin === 'mt');
    expect(machine.length).toBe(job.fromMt + 1); // plus the segment the translator took from MT
    for (const row of machine) expect(row.translation!.text.startsWith('[DE] ')).toBe(true);
    for (const row of rows.filter((r) => r.translatable && !r.source.startsWith('Down with capitalism!')).slice(0, 12)) {
      const revisions = await api<Revision[]>(page, server.url, 'GET', `/api/segments/${row.id}/translations/de/revisions`);
      expect(revisions).toHaveLength(1);
    }
  }, 180_000);

  it('counts a post-edit of a pre-translated segment in the statistics', async () => {
    await page.locator('[data-testid="open-editor"][data-language="de"]').click();
    await page.getByTestId('target-input').waitFor();
    await goToSegment(page, 'Rabochaya Vlast');
    const input = page.getByTestId('target-input');
    expect(await input.textContent()).toBe('[DE] Rabochaya Vlast');
    await input.click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Arbeitermacht (Rabochaya Vlast)');
    await page.keyboard.press('Control+Enter');
    await page.locator('[data-testid="segment-row"][data-status="translated"]').filter({ hasText: 'Arbeitermacht' }).waitFor();

    await page.goto(`${projectUrl}/statistics`);
    const total = page.getByTestId('post-editing-total');
    await total.waitFor();
    expect(Number(await total.getAttribute('data-edit-distance'))).toBeGreaterThan(0);
    const translator = page.getByTestId('post-editing-translators').getByTestId('post-editing-row').filter({ hasText: 'Anna Admin' });
    expect(Number(await translator.getAttribute('data-edit-distance'))).toBeGreaterThan(0);
    await screenshotInEachLanguage(page, 'post-editing');
  });
});

async function expectEventually(probe: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await probe()) return;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 200));
  }
}

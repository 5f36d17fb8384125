// Grid benchmark: time to the first row of a 10,000-segment document in the three-edition grid
// (source │ EN │ DE), in Debian's chromium against the built workbench (API + web on embedded PostgreSQL).
// Imports a Russian document of BENCH_GRID_SEGMENTS paragraphs into a project with English and German
// editions, translates the first BENCH_GRID_TRANSLATED segments of each edition (so rows carry
// translations), has the translator's grid show EN and DE beside the source (PUT /api/me/preferences), then opens the editor
// BENCH_GRID_RUNS times in a fresh page and measures, from navigation start, when the first row shows
// its source and both editions' cells (no "Loading…"), when the last page of the list has come, and how
// much JavaScript the editor loaded (bytes sent, compressed, and bytes to parse).
// Run: npm run bench:grid   (builds API and web first). Env: BENCH_GRID_SEGMENTS=10000
//      BENCH_GRID_RUNS=5 BENCH_GRID_TRANSLATED=500 CHROMIUM_PATH=/usr/bin/chromium
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { startWorkbench } from './bench-harness.mjs';

const env = (name, fallback) => Number(process.env[name] ?? fallback);
const SEGMENTS = env('BENCH_GRID_SEGMENTS', 10000);
const RUNS = env('BENCH_GRID_RUNS', 5);
const TRANSLATED = env('BENCH_GRID_TRANSLATED', 500);
const PASSWORD = 'correct horse battery staple';
/** The most rows one page of the segment list answers (SEGMENT_PAGE_MAX in libs/shared). */
const PAGE_MAX = 2000;

// ---------- the workbench, as `npm start` runs it, on a fresh data folder ----------
// segmenting 10,000 paragraphs takes seconds on a busy 2-core machine: more than the 8 s a user upload gets
const workbench = await startWorkbench('bench-grid', { PARSE_TIMEOUT_MS: '120000' });
const { base } = workbench;
let browser;
const stop = async () => {
  await browser?.close().catch(() => undefined);
  await workbench.stop();
};
process.on('SIGINT', () => void stop().then(() => process.exit(130)));

try {
  // ---------- a session over HTTP: cookie + CSRF header ----------
  let cookie = '';
  let csrf = '';
  const call = async (method, url, body) => {
    const headers = { cookie, 'x-csrf-token': csrf };
    let payload = body;
    if (body !== undefined && !(body instanceof FormData)) {
      headers['content-type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    const res = await fetch(base + url, { method, headers, body: payload });
    for (const c of res.headers.getSetCookie?.() ?? []) if (c.startsWith('interlinea_session=')) cookie = c.split(';')[0];
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${text.slice(0, 300)}`);
    const json = text && res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text;
    if (json?.csrfToken) csrf = json.csrfToken;
    return { json, bytes: text.length };
  };

  await call('POST', '/api/auth/setup', { email: 'anna@example.org', password: PASSWORD, displayName: 'Anna' });
  const project = (await call('POST', '/api/projects', { name: 'Рабочая власть', sourceLanguage: 'ru', targetLanguages: ['en', 'de'] })).json;
  const text = Array.from(
    { length: SEGMENTS },
    (_, i) => `Совет рабочих района собрался ${(i % 28) + 1} ноября 1992 года, чтобы обсудить забастовку и требования к дирекции завода (заседание ${i + 1}).`,
  ).join('\n\n');
  const form = new FormData();
  form.append('file', new Blob([text], { type: 'text/plain' }), 'rabochaya-vlast.txt');
  form.append('confirmLanguage', 'true');
  const imported = Date.now();
  const document = (await call('POST', `/api/projects/${project.id}/documents?confirmLanguage=true`, form)).json;
  console.log(
    `bench:grid  ${document.segmentCount} segments imported in ${((Date.now() - imported) / 1000).toFixed(1)} s; Node ${process.version}, ${os.cpus().length} cores`,
  );

  // one page holds at most SEGMENT_PAGE_MAX rows: the rows to translate are read page by page
  const firstRows = async (lang, count) => {
    const rows = [];
    while (rows.length < count) {
      const limit = Math.min(PAGE_MAX, count - rows.length);
      const { json: page } = await call('GET', `/api/documents/${document.id}/segments?lang=${lang}&offset=${rows.length}&limit=${limit}`);
      rows.push(...page);
      if (page.length < limit) break;
    }
    return rows;
  };
  for (const lang of ['en', 'de']) {
    for (const row of await firstRows(lang, TRANSLATED)) {
      const words =
        lang === 'en' ? `The workers' council of the district met (${row.index + 1}).` : `Der Arbeiterrat des Bezirks trat zusammen (${row.index + 1}).`;
      await call('PUT', `/api/segments/${row.id}/translations/${lang}`, { text: words, status: 'translated', version: 0 });
    }
  }
  const timed = async (url) => {
    const started = performance.now();
    const answer = await call('GET', url);
    return { ...answer, ms: performance.now() - started };
  };
  // the memory follows those saves after they are answered: a person opening a document does not find
  // thousands of confirmations still being followed, so the figures start once they are (reads that
  // count progress wait for them, up to 10 s each)
  const settledAt = performance.now();
  while ((await timed(`/api/documents/${document.id}`)).ms > 300 && performance.now() - settledAt < 120_000);
  console.log(`the memory followed the ${TRANSLATED * 2} saves ${((performance.now() - settledAt) / 1000).toFixed(1)} s after the last one`);
  const full = await timed(`/api/documents/${document.id}/segments?lang=en`);
  const firstPage = await timed(`/api/documents/${document.id}/segments?lang=en&offset=0&limit=100`);
  // the last full page (a document shorter than a page: the whole of it, from 0 — never a negative offset)
  const lastPageSize = Math.max(1, Math.min(PAGE_MAX, document.segmentCount));
  const lastPage = await timed(
    `/api/documents/${document.id}/segments?lang=en&offset=${Math.max(0, document.segmentCount - lastPageSize)}&limit=${lastPageSize}`,
  );
  console.log(
    `segment list of one edition over HTTP: whole ${(full.bytes / 1e6).toFixed(2)} MB in ${full.ms.toFixed(0)} ms; ` +
      `first page (100) ${(firstPage.bytes / 1e3).toFixed(1)} kB in ${firstPage.ms.toFixed(0)} ms; last page (${lastPageSize}) in ${lastPage.ms.toFixed(0)} ms`,
  );

  // ---------- chromium: the translator's grid with EN and DE beside the source ----------
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  // the translator chose EN and DE beside the source (kept on the server, as the grid's select does)
  await call('PUT', '/api/me/preferences', { gridEditions: { [project.id]: ['en', 'de'] } });
  const [name, value] = cookie.split('=');
  const firstRowTimes = [];
  const allRows = [];
  const appStarts = [];
  const scripts = [];
  for (let run = 0; run <= RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addCookies([{ name, value, url: base }]);
    await context.addInitScript(() => {
      // when the first row shows its source and both editions (not "Loading…"), and when loading ends
      const marks = (window.__grid = { firstRow: null, allRows: null });
      const check = () => {
        const row = document.querySelector('[data-testid="segment-row"]');
        const cells = row ? row.querySelectorAll('[data-edition]') : [];
        const loading = row?.querySelector('[data-testid="edition-cell"]')?.textContent?.includes('…');
        if (marks.firstRow === null && row && cells.length === 2 && !loading) marks.firstRow = performance.now();
        if (marks.firstRow !== null && marks.allRows === null && !document.querySelector('[data-testid="grid-loading"]')) marks.allRows = performance.now();
      };
      new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
    });
    const page = await context.newPage();
    await page.goto(`${base}/documents/${document.id}/en`);
    await page.waitForFunction(() => window.__grid.firstRow !== null && window.__grid.allRows !== null, null, { timeout: 60000, polling: 50 });
    const marks = await page.evaluate(() => window.__grid);
    // when the app's script had run and asked its first question (who is signed in): the rest is the editor's own time
    const appStart = await page.evaluate(() => performance.getEntriesByType('resource').find((e) => e.name.includes('/api/auth/me'))?.startTime ?? 0);
    if (process.env.BENCH_GRID_TIMELINE) {
      const timeline = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((e) => `${e.name.replace(location.origin, '').slice(0, 90)} ${e.startTime.toFixed(0)}→${e.responseEnd.toFixed(0)} ms`),
      );
      console.log(`timeline:\n  ${timeline.join('\n  ')}`);
    }
    // the JavaScript the editor loaded: bytes over the wire (compressed) and once decompressed
    const js = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => new URL(e.name).pathname.endsWith('.js'))
        .map((e) => ({ sent: e.transferSize, size: e.decodedBodySize })),
    );
    scripts.push({ files: js.length, sent: js.reduce((sum, e) => sum + e.sent, 0), size: js.reduce((sum, e) => sum + e.size, 0) });
    const headers = await page.getByTestId('edition-header').allTextContents();
    if (run === 0)
      console.log(
        `warm-up run (cold caches): first row ${marks.firstRow.toFixed(0)} ms, all rows ${marks.allRows.toFixed(0)} ms; columns: source │ ${headers.join(' │ ')}`,
      );
    else {
      firstRowTimes.push(marks.firstRow);
      allRows.push(marks.allRows);
      appStarts.push(appStart);
    }
    await context.close();
  }
  const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
  console.log(
    `runs: first row ${firstRowTimes.map((ms) => ms.toFixed(0)).join(', ')} ms; all ${SEGMENTS} rows ${allRows.map((ms) => ms.toFixed(0)).join(', ')} ms`,
  );
  console.log(
    `time to first row (three columns, ${SEGMENTS} segments): median ${median(firstRowTimes).toFixed(0)} ms, worst ${Math.max(...firstRowTimes).toFixed(0)} ms`,
  );
  console.log(`time to every row loaded: median ${median(allRows).toFixed(0)} ms`);
  const loaded = scripts[scripts.length - 1];
  console.log(
    `JavaScript loaded to open the editor: ${loaded.files} files, ${(loaded.sent / 1024).toFixed(0)} kB sent (compressed), ${(loaded.size / 1024).toFixed(0)} kB to parse`,
  );
  const own = firstRowTimes.map((ms, i) => ms - appStarts[i]);
  console.log(
    `of which the app's start (scripts loaded and run, up to its first API request): median ${median(appStarts).toFixed(0)} ms; ` +
      `from there to the first row: median ${median(own).toFixed(0)} ms; load average now ${os.loadavg()[0].toFixed(1)}`,
  );
} finally {
  await stop();
}

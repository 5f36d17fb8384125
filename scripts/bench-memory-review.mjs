// Memory page benchmark: the search of `GET /api/projects/:id/memory/units` (the API's own search
// service, repositories and SQL) over a memory of BENCH_REVIEW_UNITS units (default 1,000,000)
// grown by TMX imports of 100,000, with a share of them marked typed/trusted/retired and dated over
// two years. Words, phrase, words with filters, a common word, browsing by filter, a regular
// expression. Run: npm run bench:memory-review   Env: BENCH_REVIEW_UNITS=1000000 BENCH_REVIEW_QUERIES=100
// BENCH_REVIEW_KEEP=/some/dir keeps the built memory there and, on the next run, searches it again
// without building it (building a million units takes most of half an hour).
import { createRequire } from 'node:module';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const api = (p) => require(path.resolve(here, '../apps/api/dist', p));
const { DataSource } = require('typeorm');
const { Client } = require('pg');
const { dataSourceOptions } = api('database/data-source-options.js');
const { startEmbeddedPostgres } = api('database/embedded-postgres.js');
const { importTmxFile } = api('modules/memory/tmx/tmx-import-thread.js');
const { MemoryImportRepository } = api('modules/memory/tmx/memory-import.repository.js');
const { MemoryLookupRepository } = api('modules/memory/lookup/memory-lookup.repository.js');
const { MemoryReviewRepository } = api('modules/memory/review/memory-review.repository.js');
const { MemoryUnitSearch } = api('modules/memory/review/memory-unit-search.js');
const { MemoryCompaction } = api('modules/memory/index/memory-compaction.js');
const { MemoryCompactionRepository } = api('modules/memory/index/memory-compaction.repository.js');
const { memoryUnitQuerySchema } = require('../libs/shared/dist/index.js');
const tm = require('../libs/tm/dist/index.js');

const UNITS = Number(process.env.BENCH_REVIEW_UNITS ?? 1_000_000);
const QUERIES = Number(process.env.BENCH_REVIEW_QUERIES ?? 100);
const FILE = 100_000;

// ---------- sentences: real German and English clauses recombined, nouns swapped along a Zipf law (as bench-tm does) ----------
let seed = 7;
const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
const pick = (list) => list[Math.floor(random() * list.length)];
const corpus = path.resolve(here, '../../shared/corpus');
const read = (dir, suffix) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(suffix))
    .map((f) => readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');
const sentences = (text) =>
  text
    .split(/\n+|(?<=[.!?])\s+(?=[A-ZÄÖÜ])/u)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.split(' ').length >= 4 && s.split(' ').length <= 30);
const msdocs = JSON.parse(readFileSync(path.join(corpus, 'alignment/msdocs_en-de-ru/msdocs_segments_en-de-ru.json'), 'utf8'));
const german = [...new Set(sentences([read(path.join(corpus, 'alignment/textberg_de-fr'), '.de'), ...msdocs.map((u) => u.de ?? '')].join('\n')))];
const english = [...new Set(sentences(msdocs.map((u) => u.en ?? '').join('\n')))];
const clauses = (list) => list.flatMap((s) => s.split(/(?<=[,;:])\s+/u)).filter((c) => c.split(' ').length >= 2);
const germanClauses = clauses(german);
const englishClauses = clauses(english);
const nouns = [...new Set(german.flatMap((s) => s.split(' ').slice(1)).filter((w) => /^\p{Lu}\p{Ll}{3,}$/u.test(w)))];
const zipfNoun = () => {
  const rank = Math.floor(5_000_000 ** random()) - 1;
  return rank < nouns.length ? nouns[rank] : nouns[rank % nouns.length] + nouns[Math.floor(rank / nouns.length) % nouns.length].toLowerCase();
};
const sentence = (pool) => {
  const parts = [pick(pool)];
  for (let i = Math.floor(random() * 3); i > 0; i--) parts.push(pick(pool));
  return parts
    .join(' ')
    .split(' ')
    .map((w, i) => (i > 0 && /^\p{Lu}\p{Ll}{3,}$/u.test(w) && random() < 0.4 ? zipfNoun() : w))
    .join(' ');
};

// ---------- PostgreSQL, the memory ----------
const KEEP = process.env.BENCH_REVIEW_KEEP ? path.resolve(process.env.BENCH_REVIEW_KEEP) : null;
const BUILT = KEEP && path.join(KEEP, 'built.json');
const reuse = BUILT !== null && existsSync(BUILT);
const dataDir = KEEP ?? mkdtempSync(path.join(os.tmpdir(), 'interlinea-bench-review-'));
if (KEEP) mkdirSync(KEEP, { recursive: true });
chmodSync(dataDir, 0o755);
const port = 55000 + Math.floor(Math.random() * 5000);
let pg = await startEmbeddedPostgres(path.join(dataDir, 'pg'), port, 'bench');
if (!reuse) {
  const tune = new Client({ connectionString: pg.url });
  await tune.connect();
  for (const setting of ["shared_buffers = '1GB'", "maintenance_work_mem = '512MB'", 'fsync = off', 'synchronous_commit = off', "max_wal_size = '8GB'"])
    await tune.query(`ALTER SYSTEM SET ${setting}`);
  await tune.end();
  await pg.stop();
  pg = await startEmbeddedPostgres(path.join(dataDir, 'pg'), port, 'bench');
}
const db = new DataSource(dataSourceOptions(pg.url));
await db.initialize();

let stored = [];
let projectId;
if (reuse) {
  ({ stored, projectId } = JSON.parse(readFileSync(BUILT, 'utf8')));
  console.log(`\nMemory: ${UNITS.toLocaleString('en')} de→en units, built earlier in ${KEEP}`);
} else {
  [{ id: projectId }] = await db.query(`INSERT INTO project (name, source_language) VALUES ('bench', 'de') RETURNING id`);

  const tmxFile = path.join(dataDir, 'import.tmx');
  const t0 = performance.now();
  const imports = new MemoryImportRepository();
  for (let done = 0; done < UNITS; done += FILE) {
    const parts = [tm.tmxHead('de')];
    for (let i = 0; i < Math.min(FILE, UNITS - done); i++) {
      const de = sentence(germanClauses);
      if (stored.length < 200_000) stored.push(de);
      parts.push(
        tm.tuXml({
          tuid: String(done + i),
          attributes: {},
          props: [],
          notes: [],
          variants: [
            { language: 'de', locale: 'de-DE', text: de, codes: [], props: [], notes: [], attributes: {} },
            { language: 'en', locale: 'en-GB', text: sentence(englishClauses), codes: [], props: [], notes: [], attributes: {} },
          ],
        }),
      );
    }
    parts.push(tm.TMX_TAIL);
    writeFileSync(tmxFile, parts.join(''));
    await db.transaction(async (m) => {
      await imports.open({ projectId, fileName: `part-${done / FILE + 1}.tmx`, shared: false, importedBy: 'bench' }, m);
      return importTmxFile(tmxFile, { projectId, shared: false }, imports, m);
    });
    process.stderr.write(`\r${(done + FILE).toLocaleString('en')} units imported`);
  }
  rmSync(tmxFile);
  // a third typed and trusted, 2 % retired, dates over two years, a few authors
  await db.query(`UPDATE tm_unit SET origin = 'typed', trusted = true WHERE id % 3 = 0`);
  await db.query(`UPDATE tm_unit SET retired_at = now(), retired_by = 'bench' WHERE id % 50 = 7`);
  await db.query(`UPDATE tm_unit SET changed_at = now() - (id % 730) * interval '1 day'`);
  await db.query(`UPDATE tm_variant SET author_name = 'Author ' || (id % 20)`);
  await new MemoryCompaction(new MemoryCompactionRepository(db), { memoryCompactionSeconds: 0 }).compact();
  for (const table of ['tm_posting', 'tm_variant', 'tm_unit', 'tm_token']) await db.query(`VACUUM (ANALYZE) ${table}`);
  console.log(
    `\nMemory: ${UNITS.toLocaleString('en')} de→en units from ${Math.ceil(UNITS / FILE)} TMX imports, built in ${((performance.now() - t0) / 1000).toFixed(0)} s`,
  );

  if (BUILT) writeFileSync(BUILT, JSON.stringify({ stored, projectId }));
}

// the repositories' queries timed, to tell the SQL from the rest (checking texts, marking hits)
let sqlMs = 0;
const timedDb = {
  query: async (sql, params) => {
    const start = performance.now();
    try {
      return await db.query(sql, params);
    } finally {
      sqlMs += performance.now() - start;
    }
  },
};
const search = new MemoryUnitSearch(new MemoryReviewRepository(timedDb), new MemoryLookupRepository(timedDb));
const scope = { kind: 'project', projectId };
const wordsOf = (s) =>
  s
    .split(' ')
    .filter((w) => /^\p{L}{3,}[.,;:]?$/u.test(w))
    .map((w) => w.replace(/[.,;:]$/, ''));
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];
const ms = (v) => `${v.toFixed(1).padStart(7)} ms`;
const since = new Date(Date.now() - 365 * 86400000).toISOString().slice(0, 10);

async function time(label, makeQuery, count = QUERIES) {
  const times = [];
  const sql = [];
  const totals = [];
  let capped = 0;
  for (let i = 0; i < count + 5; i++) {
    const query = memoryUnitQuerySchema.parse({ source: 'de', target: 'en', ...makeQuery() });
    const start = performance.now();
    sqlMs = 0;
    const page = await search.page(scope, query);
    if (i < 5) continue; // warm-up
    times.push(performance.now() - start);
    sql.push(sqlMs);
    totals.push(page.total);
    if (page.totalCapped) capped++;
  }
  console.log(
    `  ${label.padEnd(44)} p50 ${ms(percentile(times, 50))}   p95 ${ms(percentile(times, 95))}   (SQL p50 ${ms(percentile(sql, 50))})   median hits ${percentile(totals, 50).toLocaleString('en')}${capped ? `   capped ${capped}/${count}` : ''}`,
  );
}

console.log(
  `Memory page search (${QUERIES} queries each, page of 25, total counted; load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores):`,
);
await time('one word (random word of a stored text)', () => ({ q: pick(wordsOf(pick(stored))) }));
await time('two words', () => {
  const w = wordsOf(pick(stored));
  return { q: `${pick(w)} ${pick(w)}` };
});
await time('phrase of three words', () => {
  const w = pick(stored).split(' ');
  const at = Math.floor(random() * Math.max(1, w.length - 3));
  return { q: w.slice(at, at + 3).join(' '), mode: 'phrase' };
});
await time('two words + origin, trust, date, sort by date', () => {
  const w = wordsOf(pick(stored));
  return { q: `${pick(w)} ${pick(w)}`, origin: 'tmx', trusted: 'false', from: since, sort: 'date' };
});
await time('two words, source side only, author', () => {
  const w = wordsOf(pick(stored));
  return { q: `${pick(w)} ${pick(w)}`, in: 'source', author: `Author ${Math.floor(random() * 20)}` };
});
await time('a common word ("und")', () => ({ q: 'und' }), 20);
await time('no search: origin typed, newest first', () => ({ origin: 'typed', sort: 'date', page: String(1 + Math.floor(random() * 20)) }), 20);
await time('no search: one TMX import, untrusted', () => ({ importId: String(1 + Math.floor(random() * Math.ceil(UNITS / FILE))), trusted: 'false' }), 20);
await time('regular expression (reads the texts)', () => ({ q: `${pick(nouns).slice(0, 5)}\\w+ung`, mode: 'regex' }), 5);

await db.destroy();
await pg.stop();
if (!KEEP) rmSync(dataDir, { recursive: true, force: true });

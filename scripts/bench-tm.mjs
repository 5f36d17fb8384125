// Translation-memory benchmark: Interlinea's lookup (the API's repository, SQL and scorer) against the
// bare pg_trgm query on the same data, recall@1 against an exhaustive scorer, and TMX import rate.
// Run: npm run bench:tm   (builds the API first). Env: BENCH_SIZES=100000,1000000  BENCH_QUERIES=500
//      BENCH_TRGM_QUERIES=200 (pg_trgm is slow: fewer queries, same data)  BENCH_IMPORT_UNITS=100000
//      BENCH_SAVES=100000 BENCH_SAVE_BATCH=50 (a memory grown by saves, before and after compaction; 0 skips)
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
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
const { MemoryIndexRepository } = api('modules/memory/index/memory-index.repository.js');
const { MemoryLookupRepository } = api('modules/memory/lookup/memory-lookup.repository.js');
const { MemoryLookup } = api('modules/memory/lookup/memory-lookup.js');
const { importTmxFile } = api('modules/memory/tmx/tmx-import-thread.js');
const { MemoryImportRepository } = api('modules/memory/tmx/memory-import.repository.js');
const { MemoryCompaction } = api('modules/memory/index/memory-compaction.js');
const { MemoryCompactionRepository } = api('modules/memory/index/memory-compaction.repository.js');
const tm = require('../libs/tm/dist/index.js');

const env = (name, fallback) => process.env[name] ?? fallback;
const SIZES = env('BENCH_SIZES', '100000,1000000').split(',').map(Number);
const QUERIES = Number(env('BENCH_QUERIES', 500));
const TRGM_QUERIES = Number(env('BENCH_TRGM_QUERIES', 200));
const IMPORT_UNITS = Number(env('BENCH_IMPORT_UNITS', 100000));
const SAMPLE = 20000;
const SAVES = Number(env('BENCH_SAVES', 100000));
const SAVE_BATCH = Number(env('BENCH_SAVE_BATCH', 50));
const PENALTIES = { memoryPenalties: { tmx: 2, mt: 5, aligned: 3 } };

// ---------- child process: TMX import, so that its peak RSS is its own ----------
if (process.argv[2] === '--import') {
  const [, , , url, file, projectId] = process.argv;
  const db = new DataSource({ ...dataSourceOptions(url), migrationsRun: false });
  await db.initialize();
  const started = performance.now();
  const repository = new MemoryImportRepository();
  const write = repository.write.bind(repository);
  let writing = 0; // time with a batch being written (COPY), while the next one is parsed
  repository.write = async (...args) => {
    const t = performance.now();
    try {
      return await write(...args);
    } finally {
      writing += performance.now() - t;
    }
  };
  const result = await db.transaction((manager) => importTmxFile(file, { projectId, shared: false }, repository, manager));
  const seconds = (performance.now() - started) / 1000;
  await db.destroy();
  console.log(JSON.stringify({ ...result, seconds, writingSeconds: writing / 1000, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
  process.exit(0);
}

// ---------- a corpus of real sentences, recombined by clause, with the vocabulary of a big memory ----------
// All German and English text of /work/shared (alignment corpora, segmentation gold sets, samples) is
// cut into clauses; a stored sentence joins 1–3 clauses of different sentences. A real memory of a
// million units has a long-tailed vocabulary (names, terms, compounds, numbers), which ~1,700 source
// sentences alone do not: so nouns and names (capitalised German words) are swapped with probability
// NOUN_SWAP for a word drawn from a Zipf law (P(rank r) ∝ 1/r) over a lexicon whose head is the
// corpus's own capitalised words by frequency and whose tail is German compounds of two of them,
// and numbers are changed. Queries are still small edits of stored sentences.
let seed = 42;
const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
const pick = (list) => list[Math.floor(random() * list.length)];
const shared = path.resolve(here, '../../shared');
const corpus = path.join(shared, 'corpus');
const sentencesOf = (text) =>
  text
    .split(/\n+|(?<=[.!?])\s+(?=[A-ZÄÖÜА-Я])/u)
    .map((s) =>
      s
        .replace(/\s+/g, ' ')
        .replace(/ ([,.;:!?])/g, '$1')
        .trim(),
    )
    .filter((s) => {
      const n = s.split(' ').length;
      return n >= 4 && n <= 40;
    });
const filesIn = (dir, suffix) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(suffix))
    .map((f) => readFileSync(path.join(dir, f), 'utf8'));
const gold = (file) =>
  JSON.parse(readFileSync(path.join(corpus, 'segmentation', file), 'utf8'))
    .map((c) => c.text)
    .join('\n');
const msdocs = JSON.parse(readFileSync(path.join(corpus, 'alignment/msdocs_en-de-ru/msdocs_segments_en-de-ru.json'), 'utf8'));
const german = [
  ...new Set(
    sentencesOf(
      [
        ...filesIn(path.join(corpus, 'alignment/textberg_de-fr'), '.de'),
        ...filesIn(path.join(corpus, 'alignment/msdocs_en-de-ru'), '.de.txt'),
        ...msdocs.map((u) => u.de ?? ''),
        gold('golden_rules_de.json'),
      ].join('\n'),
    ),
  ),
];
const english = [
  ...new Set(
    sentencesOf(
      [
        ...filesIn(path.join(corpus, 'alignment/msdocs_en-de-ru'), '.en.txt'),
        ...msdocs.map((u) => u.en ?? ''),
        gold('golden_rules_en.json'),
        ...readdirSync(path.join(shared, 'samples')).map((f) => readFileSync(path.join(shared, 'samples', f), 'utf8')),
      ].join('\n'),
    ),
  ),
];
const germanWords = german.flatMap((s) => s.split(' '));
const NOUN_SWAP = 0.4;
const clausesOf = (sentence) =>
  sentence.split(/(?<=[,;:])\s+|\s+(?=(?:und|oder|aber|denn|weil|dass|wenn|damit|and|or|but|because|when|which)\s)/u).filter((c) => c.split(' ').length >= 2);
const clausePool = (sentences) => ({ first: sentences.map((s) => clausesOf(s)[0]).filter(Boolean), rest: sentences.flatMap((s) => clausesOf(s).slice(1)) });
const germanClauses = clausePool(german);
const englishClauses = clausePool(english);
const PRONOUNS = new Set([
  'Sie',
  'Ihr',
  'Ihre',
  'Ihren',
  'Ihrem',
  'Ihrer',
  'Ihres',
  'Ihnen',
  'Der',
  'Die',
  'Das',
  'Den',
  'Dem',
  'Des',
  'Ein',
  'Eine',
  'Einen',
  'Einem',
  'Einer',
]);
const isName = (w) => /^\p{Lu}\p{Ll}{2,}$/u.test(w) && !PRONOUNS.has(w);
const nounCounts = new Map();
for (const s of german)
  s.split(' ')
    .slice(1)
    .map((w) => w.replace(/[^\p{L}]+$/u, ''))
    .filter(isName)
    .forEach((w) => nounCounts.set(w, (nounCounts.get(w) ?? 0) + 1));
const nouns = [...nounCounts.keys()].sort((a, b) => nounCounts.get(b) - nounCounts.get(a));
const LEXICON = 5_000_000;
/** A noun of the lexicon by Zipf rank: the corpus's own nouns first, then compounds of two of them. */
function zipfNoun() {
  const rank = Math.floor(LEXICON ** random()) - 1;
  if (rank < nouns.length) return nouns[rank];
  const c = rank - nouns.length;
  return nouns[c % nouns.length] + nouns[Math.floor(c / nouns.length) % nouns.length].toLowerCase();
}
const number = () => String(Math.floor(10 ** (random() * 4)));
/** Nouns swapped along the Zipf law, numbers changed. */
function vary(text) {
  return text
    .split(' ')
    .map((w, i) => {
      const m = w.match(/^(\p{L}+)(\P{L}*)$/u);
      if (i > 0 && m && isName(m[1]) && random() < NOUN_SWAP) return zipfNoun() + m[2];
      if (/^\d+$/.test(w) && random() < 0.7) return number();
      return w;
    })
    .join(' ');
}

/** A new sentence of 1–3 clauses from different real sentences, its nouns and numbers varied. */
function recombine(pool, seen, varied = true) {
  for (;;) {
    const parts = [pick(pool.first)];
    const more = Math.floor(random() * 3);
    for (let i = 0; i < more && pool.rest.length > 0; i++) parts.push(pick(pool.rest));
    let text = parts
      .map(
        (p, i) =>
          (i > 0 && !/[,;:]$/.test(parts[i - 1]) && !/^(und|oder|aber|denn|weil|dass|wenn|damit|and|or|but|because|when|which)\s/u.test(p) ? ', ' : ' ') + p,
      )
      .join('')
      .trim();
    if (!/[.!?]$/.test(text)) text = text.replace(/[,;:]$/, '') + '.';
    if (varied) text = vary(text);
    const n = text.split(' ').length;
    if (n < 5 || n > 30 || seen?.has(text)) continue;
    seen?.add(text);
    return text;
  }
}

/** Distinct German word keys of the stored sources, and how much of the text the 100 commonest and the words seen once make. */
function vocabulary(sources) {
  const counts = new Map();
  let tokens = 0;
  for (const s of sources)
    for (const k of tm.wordKeys(s)) {
      counts.set(k, (counts.get(k) ?? 0) + 1);
      tokens++;
    }
  const sorted = [...counts.values()].sort((a, b) => b - a);
  const top100 = sorted.slice(0, 100).reduce((a, b) => a + b, 0);
  const once = sorted.filter((c) => c === 1).length;
  return `vocabulary ${counts.size.toLocaleString('en')} German word types in ${tokens.toLocaleString('en')} tokens; top 100 types = ${((100 * top100) / tokens).toFixed(0)} % of tokens, ${once.toLocaleString('en')} types seen once`;
}

/** What a translator meets: a stored sentence with one or two words changed, added or removed, or a number or case changed. */
function edit(text) {
  const words = text.split(' ');
  const edits = 1 + Math.floor(random() * 2);
  for (let e = 0; e < edits; e++) {
    const i = Math.floor(random() * words.length);
    const kind = random();
    if (kind < 0.4) words[i] = random() < 0.5 ? pick(germanWords) : zipfNoun();
    else if (kind < 0.6 && words.length > 5) words.splice(i, 1);
    else if (kind < 0.8) words.splice(i, 0, random() < 0.5 ? pick(germanWords) : zipfNoun());
    else if (kind < 0.9) words[i] = /\d/.test(words[i]) ? words[i].replace(/\d/, String(Math.floor(random() * 10))) : words[i].toUpperCase();
    else words[i] = words[i] + ',';
  }
  return words.join(' ');
}

const percentile = (values, p) => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const ms = (v) => `${v.toFixed(1).padStart(7)} ms`;

// ---------- PostgreSQL ----------
const { startEmbeddedPostgres } = api('database/embedded-postgres.js');
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'interlinea-bench-tm-'));
chmodSync(dataDir, 0o755);
const port = 55000 + Math.floor(Math.random() * 5000);
let pg = await startEmbeddedPostgres(dataDir, port, 'bench');
const tune = new Client({ connectionString: pg.url });
await tune.connect();
for (const setting of ["shared_buffers = '2GB'", "maintenance_work_mem = '1GB'", 'fsync = off', 'synchronous_commit = off', "max_wal_size = '8GB'"])
  await tune.query(`ALTER SYSTEM SET ${setting}`);
await tune.end();
await pg.stop();
pg = await startEmbeddedPostgres(dataDir, port, 'bench');
const db = new DataSource(dataSourceOptions(pg.url));
await db.initialize();
await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
const [{ id: bigProject }] = await db.query(`INSERT INTO project (name, source_language) VALUES ('bench', 'de') RETURNING id`);
const [{ id: sampleProject }] = await db.query(`INSERT INTO project (name, source_language) VALUES ('sample', 'de') RETURNING id`);
const [{ id: savesProject }] = await db.query(`INSERT INTO project (name, source_language) VALUES ('saves', 'de') RETURNING id`);
const index = new MemoryIndexRepository(db);
const lookup = new MemoryLookup(new MemoryLookupRepository(db), PENALTIES);
const trgm = new Client({ connectionString: pg.url });
await trgm.connect();
await trgm.query(`SET pg_trgm.similarity_threshold = 0.5`);

console.log(
  `Corpus: ${german.length} German and ${english.length} English sentences (alignment corpora, gold sets, samples), cut into ${(germanClauses.first.length + germanClauses.rest.length).toLocaleString('en')} German clauses, recombined 1–3 clauses per sentence into distinct de→en units; German nouns/names swapped (p ${NOUN_SWAP}) along a Zipf law over ${nouns.length.toLocaleString('en')} corpus nouns + two-noun compounds (lexicon ${LEXICON.toLocaleString('en')}), numbers varied.`,
);
const stored = [];
const seen = new Set();
const unit = (projectId, source) => ({
  projectId,
  shared: false,
  segmentId: null,
  meta: null,
  variants: [
    { language: 'de', text: source, origin: 'human', authorName: 'bench', updatedAt: null, contextHash: null, meta: null },
    { language: 'en', text: recombine(englishClauses, null, false), origin: 'human', authorName: 'bench', updatedAt: null, contextHash: null, meta: null },
  ],
});

// ---------- TMX import (child process) — these units are the first of the memory ----------
const tmxFile = path.join(dataDir, 'import.tmx');
/** A TMX of `count` new de→en units, their German sources added to `into`. */
function tmxOf(count, into) {
  const parts = [tm.tmxHead('de')];
  for (let i = 0; i < count; i++) {
    const source = recombine(germanClauses, seen);
    into.push(source);
    parts.push(
      tm.tuXml({
        tuid: String(into.length),
        attributes: {},
        props: [],
        notes: [],
        variants: [
          { language: 'de', locale: 'de-DE', text: source, codes: [], props: [], notes: [], attributes: {} },
          { language: 'en', locale: 'en-GB', text: recombine(englishClauses, null, false), codes: [], props: [], notes: [], attributes: {} },
        ],
      }),
    );
  }
  parts.push(tm.TMX_TAIL);
  return parts.join('');
}
writeFileSync(tmxFile, tmxOf(IMPORT_UNITS, stored));
const child = spawnSync(
  process.execPath,
  [...(process.env.BENCH_IMPORT_NODE_ARGS ?? '').split(' ').filter(Boolean), fileURLToPath(import.meta.url), '--import', pg.url, tmxFile, bigProject],
  { encoding: 'utf8', maxBuffer: 1e7 },
);
if (child.status !== 0) throw new Error(child.stderr);
if (process.env.BENCH_IMPORT_ONLY)
  process.stderr.write(
    child.stderr
      .split('\n')
      .filter((l) => !l.includes('Nest'))
      .slice(-3)
      .join('\n'),
  );
const imported = JSON.parse(child.stdout.trim().split('\n').pop());
rmSync(tmxFile);

async function storeMany(projectId, count, into, BATCH = 5000) {
  for (let done = 0; done < count; done += BATCH) {
    const units = [];
    for (let i = 0; i < Math.min(BATCH, count - done); i++) {
      const source = recombine(germanClauses, seen);
      into.push(source);
      units.push(unit(projectId, source));
    }
    await db.transaction((m) => index.store(units, m));
  }
}

/** A big memory grows by TMX imports (100,000 units each), as a team's memory of a million units does. */
async function importMany(projectId, count, into) {
  const FILE = 100_000;
  const repository = new MemoryImportRepository();
  for (let done = 0; done < count; done += FILE) {
    writeFileSync(tmxFile, tmxOf(Math.min(FILE, count - done), into));
    await db.transaction((m) => importTmxFile(tmxFile, { projectId, shared: false }, repository, m));
    rmSync(tmxFile);
  }
}

async function measure(size) {
  for (const table of ['tm_posting', 'tm_variant', 'tm_unit', 'tm_token']) await db.query(`VACUUM (FREEZE, ANALYZE) ${table}`);
  const t0 = performance.now();
  await db.query(`CREATE INDEX IF NOT EXISTS bench_trgm_idx ON tm_variant USING gin (text gin_trgm_ops)`);
  const trgmBuild = (performance.now() - t0) / 1000;
  const queries = Array.from({ length: QUERIES }, () => edit(pick(stored)));
  for (const q of queries.slice(0, 20)) await lookup.lookup({ text: q, sourceLanguage: 'de', targetLanguage: 'en', projectId: bigProject }); // warm-up
  const ours = [];
  let found = 0;
  for (const q of queries) {
    const start = performance.now();
    const matches = await lookup.lookup({ text: q, sourceLanguage: 'de', targetLanguage: 'en', projectId: bigProject });
    ours.push(performance.now() - start);
    if (matches.length > 0) found++;
  }
  const bare = [];
  for (const q of queries.slice(0, TRGM_QUERIES)) {
    const start = performance.now();
    await trgm.query(`SELECT id, text, similarity(text, $1) AS score FROM tm_variant WHERE text % $1 AND language = 'de' ORDER BY score DESC LIMIT 5`, [q]);
    bare.push(performance.now() - start);
  }
  const [{ mb, visible }] = await db.query(
    `SELECT (pg_total_relation_size('tm_posting') / 1048576)::int AS mb, round(100.0 * relallvisible / greatest(relpages, 1)) AS visible FROM pg_class WHERE relname = 'tm_posting'`,
  );
  const result = { size, ours, bare, found, trgmBuild, postingsMb: mb };
  console.log(
    `\n${size.toLocaleString('en')} units (${stored.length.toLocaleString('en')} de→en in the memory; word index tm_posting ${mb} MB, ${visible} % of its pages all-visible; trigram index built in ${trgmBuild.toFixed(0)} s)`,
  );
  console.log(
    `  Interlinea lookup  (${ours.length} queries)  p50 ${ms(percentile(ours, 50))}   p95 ${ms(percentile(ours, 95))}   with a match ≥ 50: ${found}/${queries.length}`,
  );
  console.log(`  bare pg_trgm 0.5   (${bare.length} queries)  p50 ${ms(percentile(bare, 50))}   p95 ${ms(percentile(bare, 95))}`);
  console.log(`  data               ${vocabulary(stored)}`);
  {
    // the plan of one lookup's candidate query (EXPLAIN ANALYZE), to check it stays an index-only scan of few postings
    const plans = [];
    const explaining = {
      query: async (sql, params) => {
        if (!sql.includes('WITH candidate')) return db.query(sql, params);
        plans.push((await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params)).map((r) => r['QUERY PLAN']).join('\n    '));
        return db.query(sql, params);
      },
    };
    await new MemoryLookup(Object.assign(new MemoryLookupRepository(db), { db: explaining }), PENALTIES).lookup({
      text: queries[0],
      sourceLanguage: 'de',
      targetLanguage: 'en',
      projectId: bigProject,
    });
    console.log(`  query: ${queries[0]}\n  candidate plan:\n    ${plans.join('\n    ---\n    ')}`);
  }
  console.log(
    `  speed-up           p50 ×${(percentile(bare, 50) / percentile(ours, 50)).toFixed(1)}   p95 ×${(percentile(bare, 95) / percentile(ours, 95)).toFixed(1)}`,
  );
  await db.query(`DROP INDEX bench_trgm_idx`);
  return result;
}

console.log(
  `TMX import: ${imported.units.toLocaleString('en')} <tu> (${imported.variants.toLocaleString('en')} variants) in ${imported.seconds.toFixed(1)} s = ${Math.round(imported.units / imported.seconds).toLocaleString('en')} units/s (${Math.round((imported.units * 2) / imported.seconds).toLocaleString('en')} directed pairs/s), peak RSS ${imported.maxRssMb.toFixed(0)} MB; a batch was being written ${imported.writingSeconds.toFixed(1)} s of it`,
);
// ---------- a memory grown by saves (the editor's confirmations), before and after compaction ----------
async function grownBySaves() {
  const saved = [];
  const t0 = performance.now();
  await storeMany(savesProject, SAVES, saved, SAVE_BATCH);
  const growth = (performance.now() - t0) / 1000;
  const queries = Array.from({ length: QUERIES }, () => edit(pick(saved)));
  const timed = async () => {
    await db.query(`VACUUM ANALYZE tm_posting`);
    await db.query(`VACUUM ANALYZE tm_token`);
    for (const q of queries.slice(0, 20)) await lookup.lookup({ text: q, sourceLanguage: 'de', targetLanguage: 'en', projectId: savesProject });
    const times = [];
    for (const q of queries) {
      const start = performance.now();
      await lookup.lookup({ text: q, sourceLanguage: 'de', targetLanguage: 'en', projectId: savesProject });
      times.push(performance.now() - start);
    }
    const [rows] = await db.query(`SELECT (SELECT count(*) FROM tm_posting)::int AS postings, (SELECT count(*) FROM tm_token)::int AS counts`);
    return `p50 ${ms(percentile(times, 50))}   p95 ${ms(percentile(times, 95))}   (index rows ${rows.postings.toLocaleString('en')}, word-count rows ${rows.counts.toLocaleString('en')} in the whole database)`;
  };
  console.log(`\n${SAVES.toLocaleString('en')} units saved ${SAVE_BATCH} at a time in a project of their own (${growth.toFixed(0)} s), lookups in it:`);
  console.log(`  before compaction  ${await timed()}`);
  const t1 = performance.now();
  const compacted = await new MemoryCompaction(new MemoryCompactionRepository(db), { memoryCompactionSeconds: 0 }).compact();
  console.log(
    `  compaction         ${((performance.now() - t1) / 1000).toFixed(1)} s: ${compacted.tokens.toLocaleString('en')} word ids, ${compacted.countRows.toLocaleString('en')} count rows and ${compacted.postingRows.toLocaleString('en')} index rows folded into ${compacted.mergedRows.toLocaleString('en')}`,
  );
  console.log(`  after compaction   ${await timed()}`);
}

if (process.env.BENCH_IMPORT_ONLY) {
  await trgm.end();
  await db.destroy();
  await pg.stop();
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
}
for (const size of SIZES) {
  const t0 = performance.now();
  await importMany(bigProject, size - stored.length, stored);
  if (size > IMPORT_UNITS)
    console.log(
      `(${(size - IMPORT_UNITS).toLocaleString('en')} more units imported from TMX files of 100,000: ${((performance.now() - t0) / 1000).toFixed(0)} s)`,
    );
  await measure(size);
  if (size === SIZES[0] && SAVES > 0) await grownBySaves(); // before the big memory has many imports to fold
}

// ---------- recall@1 against an exhaustive scorer over a 20,000-unit memory ----------
const sample = [];
await storeMany(sampleProject, SAMPLE, sample);
await db.query(`VACUUM ANALYZE tm_posting`);
await db.query(`ANALYZE tm_token`);
const prepared = sample.map((s) => tm.prepare(s));
let hits = 0;
let withMatch = 0;
// The 50–74 band: matches that may share only common words with the query (the wide pass reads
// such words within a budget). Recall@1 there, and how many of them the lookup finds at all.
const band = { queries: 0, best: 0, found: 0 };
for (let i = 0; i < QUERIES; i++) {
  const q = edit(pick(sample));
  const pq = tm.prepare(q);
  let best = 0;
  for (const p of prepared) {
    const s = tm.score(pq, p).score;
    if (s > best) best = s;
  }
  const [top] = await lookup.lookup({ text: q, sourceLanguage: 'de', targetLanguage: 'en', projectId: sampleProject, limit: 1 });
  if (best >= 50 && best < 75) {
    band.queries++;
    if (top && top.score === best) band.best++;
    if (top && top.score >= 50) band.found++;
  }
  if (best < 50) {
    if (!top) hits++;
    continue;
  }
  withMatch++;
  if (top && top.score === best) hits++;
}
console.log(
  `\nRecall@1 vs exhaustive scoring of a ${SAMPLE.toLocaleString('en')}-unit memory: ${((100 * hits) / QUERIES).toFixed(1)} % (${hits}/${QUERIES}; ${withMatch} queries had a match ≥ 50)`,
);
// Most edited queries still match at 75 or more: more edits bring queries into the band to measure it.
for (let i = 0; i < QUERIES; i++) {
  const q = edit(edit(edit(pick(sample))));
  const pq = tm.prepare(q);
  let best = 0;
  for (const p of prepared) best = Math.max(best, tm.score(pq, p).score);
  if (best < 50 || best >= 75) continue;
  const [top] = await lookup.lookup({ text: q, sourceLanguage: 'de', targetLanguage: 'en', projectId: sampleProject, limit: 1 });
  band.queries++;
  if (top && top.score === best) band.best++;
  if (top && top.score >= 50) band.found++;
}
const share = (n, of) => (of === 0 ? 'n/a' : `${((100 * n) / of).toFixed(1)} %`);
console.log(
  `Recall in the 50–74 band (best exhaustive score 50–74, ${band.queries} queries): best match found ${share(band.best, band.queries)} (${band.best}), some match ≥ 50 found ${share(band.found, band.queries)} (${band.found})`,
);

await trgm.end();
await db.destroy();
await pg.stop();
rmSync(dataDir, { recursive: true, force: true });

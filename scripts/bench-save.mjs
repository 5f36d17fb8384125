// Save benchmark: the built API on a real (embedded) PostgreSQL, driven over HTTP like the editor does.
// 1. BENCH_SEQUENTIAL saves one after another (one translator confirming segment after segment);
// 2. BENCH_CLIENTS clients saving for BENCH_SECONDS on BENCH_SEGMENTS shared segments: each client
//    saves from the version it last saw and, on 409, takes the current version from the answer and
//    saves again (as the editor's conflict dialog lets a person do). Twice: paced, the clients together
//    sending BENCH_RATE requests per second (latency counted from when each request was due, so a
//    server falling behind shows in the figures), then as fast as they can (each client sends its next
//    request when the last one is answered: the most the server does).
// Every save confirms its segment (status `translated`), so the memory is updated after each one.
// Prints p50/p95/p99, saves per second and 409s, then checks that nothing was lost: each segment's
// stored text is the text of its last accepted save, and its history holds one revision per version.
// Run: npm run bench:save   (builds the API first). Env: BENCH_SEQUENTIAL=10000 BENCH_CLIENTS=50
//      BENCH_SECONDS=60 BENCH_SEGMENTS=40 BENCH_RATE=150 BENCH_SERVER_NODE_ARGS='--cpu-prof' (profile the API)
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { Browser, leaflet, startWorkbench, stats as latencyStats } from './bench-harness.mjs';

const env = (name, fallback) => Number(process.env[name] ?? fallback);
const SEQUENTIAL = env('BENCH_SEQUENTIAL', 10000);
const CLIENTS = env('BENCH_CLIENTS', 50);
const SECONDS = env('BENCH_SECONDS', 60);
const SEGMENTS = env('BENCH_SEGMENTS', 40);
const RATE = env('BENCH_RATE', 150);
const TRANSLATORS = 10;
const PASSWORD = 'correct horse battery staple';

// ---------- the workbench, as a newcomer starts it (embedded PostgreSQL in a fresh data folder) ----------
const workbench = await startWorkbench('bench-save');
const stopServer = workbench.stop;

const manager = new Browser(workbench.base);
await manager.call('POST', '/api/auth/setup', { email: 'anna@example.org', password: PASSWORD, displayName: 'Anna' });
const project = (await manager.call('POST', '/api/projects', { name: 'Bench', sourceLanguage: 'en', targetLanguages: ['ru', 'de'] })).body;
const translators = [];
for (let i = 0; i < TRANSLATORS; i++) {
  const invitation = (await manager.call('POST', `/api/projects/${project.id}/invitations`, { email: `t${i}@example.org`, role: 'translator', language: 'ru' }))
    .body;
  const browser = new Browser(workbench.base);
  await browser.call('POST', `/api/invitations/${invitation.token}/accept`, { displayName: `Translator ${i}`, password: PASSWORD });
  translators.push(browser);
}
const document = leaflet;
const stats = (latencies, seconds) => {
  const s = latencyStats(latencies, seconds);
  return { ...s, saves: s.count };
};
const show = (title, s, conflicts) =>
  console.log(
    `${title.padEnd(44)} ${String(s.saves).padStart(6)} requests  ${s.perSecond.toFixed(0).padStart(5)}/s  p50 ${s.p50.toFixed(1).padStart(6)} ms  p95 ${s.p95.toFixed(1).padStart(6)} ms  p99 ${s.p99.toFixed(1).padStart(6)} ms  max ${s.max.toFixed(0).padStart(5)} ms  409s ${conflicts}`,
  );

/** Saves and remembers, per segment, the text of the save that made each version. */
const accepted = new Map();
let counter = 0;
async function save(browser, segment, version) {
  const text = `Совет рабочих района ${segment.index + 1} собрался (${++counter}).`;
  const started = performance.now();
  const res = await browser.call('PUT', `/api/segments/${segment.id}/translations/ru`, { text, status: 'translated', version }, [200, 409]);
  const ms = performance.now() - started;
  if (res.status === 200) {
    const versions = accepted.get(segment.id) ?? new Map();
    versions.set(res.body.version, text);
    accepted.set(segment.id, versions);
    return { ms, version: res.body.version, conflict: false };
  }
  return { ms, version: res.body.details.current.version, conflict: true };
}

console.log(`bench:save  API on embedded PostgreSQL, Node ${process.version}, ${os.cpus().length} cores`);

// ---------- 1. one after another ----------
{
  const doc = (await manager.call('POST', `/api/projects/${project.id}/documents`, document('sequential.txt', 500))).body;
  const segments = (await translators[0].call('GET', `/api/documents/${doc.id}/segments?lang=ru`)).body;
  const versions = new Map(segments.map((s) => [s.id, 0]));
  for (let i = 0; i < Math.min(200, SEQUENTIAL); i++)
    await save(translators[0], segments[i % segments.length], versions.get(segments[i % segments.length].id)).then((r) =>
      versions.set(segments[i % segments.length].id, r.version),
    ); // warm-up
  const latencies = [];
  const started = performance.now();
  for (let i = 0; i < SEQUENTIAL; i++) {
    const segment = segments[i % segments.length];
    const r = await save(translators[0], segment, versions.get(segment.id));
    versions.set(segment.id, r.version);
    latencies.push(r.ms);
  }
  show('one client, one after another', stats(latencies, (performance.now() - started) / 1000), 0);
}

// ---------- 2. a crowd on shared segments ----------
const crowdDoc = (await manager.call('POST', `/api/projects/${project.id}/documents`, document('crowd.txt', SEGMENTS))).body;
const shared = (await translators[0].call('GET', `/api/documents/${crowdDoc.id}/segments?lang=ru`)).body;
const seen = Array.from({ length: CLIENTS }, () => new Map());

/** The crowd for `seconds`: paced at `rate` requests per second in all, or as fast as possible (rate 0). */
async function crowd(title, seconds, rate) {
  const latencies = [];
  let conflicts = 0;
  let errors = 0;
  let accepted = 0;
  const interval = rate ? (CLIENTS / rate) * 1000 : 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const sleepUntil = (t) => new Promise((resolve) => setTimeout(resolve, Math.max(0, t - performance.now())));
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, c) => {
      const browser = translators[c % translators.length];
      let next = c;
      let due = started + (interval * c) / CLIENTS;
      while (due < deadline) {
        if (interval) await sleepUntil(due);
        const sent = performance.now();
        const segment = shared[next++ % shared.length];
        try {
          let r = await save(browser, segment, seen[c].get(segment.id) ?? 0);
          latencies.push(r.ms + (interval ? sent - due : 0));
          if (r.conflict) {
            // the person compares both versions and saves theirs over the current one
            conflicts++;
            r = await save(browser, segment, r.version);
            latencies.push(r.ms);
            if (r.conflict) conflicts++;
          }
          if (!r.conflict) accepted++;
          seen[c].set(segment.id, r.version);
        } catch (error) {
          errors++;
          if (errors < 5) console.error(String(error));
        }
        due = interval ? due + interval : performance.now();
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  show(title, stats(latencies, elapsed), conflicts);
  console.log(`${''.padEnd(44)} of which accepted: ${accepted} (${(accepted / elapsed).toFixed(0)}/s)${errors ? `, errors: ${errors}` : ''}`);
}
await crowd(`${CLIENTS} clients, ${RATE}/s, ${SEGMENTS} segments, ${SECONDS} s`, SECONDS, RATE);
await crowd(`${CLIENTS} clients, flat out, ${SEGMENTS} segm., ${SECONDS} s`, SECONDS, 0);

// ---------- nothing lost ----------
{
  const rows = (await translators[0].call('GET', `/api/documents/${crowdDoc.id}/segments?lang=ru`)).body;
  let lost = 0;
  let revisionGaps = 0;
  for (const row of rows) {
    const versions = accepted.get(row.id);
    if (!versions) continue;
    const last = Math.max(...versions.keys());
    if (row.translation?.version !== last || row.translation?.text !== versions.get(last)) lost++;
    const revisions = (await translators[0].call('GET', `/api/segments/${row.id}/translations/ru/revisions`)).body;
    const byVersion = new Map(revisions.map((r) => [r.version, r.text]));
    for (const [version, text] of versions) if (byVersion.get(version) !== text) revisionGaps++;
  }
  console.log(
    `nothing lost: ${lost === 0 && revisionGaps === 0 ? 'yes' : 'NO'} (segments whose last save is missing: ${lost}, accepted saves without their revision: ${revisionGaps})`,
  );
  const matches = (await translators[0].call('GET', `/api/segments/${rows[0].id}/matches?lang=ru`)).body.matches;
  console.log(`memory after the crowd: ${matches.length} matches for segment 1, best ${matches[0]?.score ?? '—'}`);
}

await stopServer();

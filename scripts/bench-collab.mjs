#!/usr/bin/env node
// `npm run bench:collab [-- --editors 50 --seconds 60 --segments 200]`: N simulated editors work on one
// document over real HTTP, each with its own event stream (GET /api/documents/:id/events), as the web
// editor does: every editor keeps the versions its stream tells it, takes a segment's soft lock, saves it
// (translated) from the version it knows, and on 409 saves again over the current version (as a person
// choosing "keep mine" does). 200 segments for 50 editors: they collide. Prints saves per second, save
// latency p50/p95/p99, event delivery latency p50/p95 (from the save's answer to the event at each other
// editor's stream), the 409s, and checks that nothing was lost: every accepted save is in its segment's
// history, each segment's final text is its last accepted save, and every stream saw every save.
// Exits 1 on a loss. Env BENCH_SERVER_NODE_ARGS='--cpu-prof' profiles the API.
import http from 'node:http';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { Browser, leaflet, startWorkbench, stats } from './bench-harness.mjs';

const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const EDITORS = arg('editors', 50);
const SECONDS = arg('seconds', 60);
const SEGMENTS = arg('segments', 200);
/** Each editor saves about once per this many ms (a person confirming a short segment every second or so). */
const PACE_MS = arg('pace', 1000);
const ACCOUNTS = Math.min(EDITORS, 10);
const PASSWORD = 'correct horse battery staple';

const workbench = await startWorkbench('bench-collab');
const failures = [];
try {
  const manager = new Browser(workbench.base);
  await manager.call('POST', '/api/auth/setup', { email: 'anna@example.org', password: PASSWORD, displayName: 'Anna' });
  const project = (await manager.call('POST', '/api/projects', { name: 'Collab', sourceLanguage: 'en', targetLanguages: ['ru'] })).body;
  const accounts = [];
  for (let i = 0; i < ACCOUNTS; i++) {
    const invitation = (
      await manager.call('POST', `/api/projects/${project.id}/invitations`, { email: `t${i}@example.org`, role: 'translator', language: 'ru' })
    ).body;
    const browser = new Browser(workbench.base);
    await browser.call('POST', `/api/invitations/${invitation.token}/accept`, { displayName: `Translator ${i}`, password: PASSWORD });
    accounts.push(browser);
  }
  const doc = (await manager.call('POST', `/api/projects/${project.id}/documents`, leaflet('collab.txt', SEGMENTS))).body;
  const segments = (await manager.call('GET', `/api/documents/${doc.id}/segments?lang=ru`)).body;

  console.log(
    `bench:collab  ${EDITORS} editors, ${segments.length} segments, ${SECONDS} s, API on embedded PostgreSQL, Node ${process.version}, ${os.cpus().length} cores`,
  );

  /** `${segmentId}:${version}` → when the save that made it was answered, and the text it holds. */
  const accepted = new Map();
  /** arrivals of save events per stream, to match with the answers (an event may come before the answer). */
  const arrivals = [];
  const saveLatencies = [];
  let conflicts = 0;
  let errors = 0;
  let counter = 0;

  // ---------- the editors: a stream each ----------
  const editors = await Promise.all(
    Array.from({ length: EDITORS }, async (_, e) => {
      const browser = accounts[e % accounts.length];
      const clientId = `bench-editor-${String(e).padStart(4, '0')}`;
      const versions = new Map(segments.map((s) => [s.id, 0]));
      const editor = { browser, clientId, versions, seen: new Set(), stream: null, ready: null };
      let resolveReady;
      editor.ready = new Promise((resolve) => (resolveReady = resolve));
      // one SSE block: only saves are parsed (the client shares the cores with the API: it stays light)
      const read = (block) => {
        let type = 'message';
        let data = null;
        for (const line of block.split('\n')) {
          if (line.startsWith('event: ')) type = line.slice(7);
          else if (line.startsWith('data: ')) data = line.slice(6);
        }
        if (type === 'hello') resolveReady();
        if (type !== 'saved' || data === null) return;
        const event = JSON.parse(data);
        const key = `${event.segmentId}:${event.version}`;
        if (editor.seen.has(key)) return;
        editor.seen.add(key);
        arrivals.push({ editor: e, key, at: performance.now() });
        if (event.version > (versions.get(event.segmentId) ?? 0)) versions.set(event.segmentId, event.version);
      };
      await new Promise((resolve, reject) => {
        const url = `${workbench.base}/api/documents/${doc.id}/events?clientId=${clientId}`;
        editor.stream = http.get(url, { headers: { cookie: browser.cookie, accept: 'text/event-stream' }, agent: false }, (res) => {
          if (res.statusCode !== 200) return reject(new Error(`stream of editor ${e}: ${res.statusCode}`));
          res.setEncoding('utf8');
          let buffer = '';
          res.on('data', (chunk) => {
            buffer += chunk;
            let from = 0;
            let end;
            while ((end = buffer.indexOf('\n\n', from)) >= 0) {
              read(buffer.slice(from, end));
              from = end + 2;
            }
            buffer = buffer.slice(from);
          });
          res.on('error', () => undefined); // closed at the end
          resolve();
        });
        editor.stream.on('error', reject); // after the start: the stream closed at the end
      });
      return editor;
    }),
  );
  await Promise.all(editors.map((e) => e.ready));

  // ---------- the work ----------
  const started = performance.now();
  const deadline = started + SECONDS * 1000;
  const save = async (editor, segment, version) => {
    const text = `Совет рабочих района ${segment.index + 1} собрался (${++counter}).`;
    const sent = performance.now();
    const res = await editor.browser.call('PUT', `/api/segments/${segment.id}/translations/ru`, { text, status: 'translated', version }, [200, 409]);
    const answered = performance.now();
    saveLatencies.push(answered - sent);
    if (res.status === 200) {
      accepted.set(`${segment.id}:${res.body.version}`, { answered, text, by: editor.clientId });
      if (res.body.version > (editor.versions.get(segment.id) ?? 0)) editor.versions.set(segment.id, res.body.version);
      return null;
    }
    conflicts++;
    return res.body.details.current.version;
  };
  await Promise.all(
    editors.map(async (editor, e) => {
      // a collision-prone walk: each editor starts somewhere and jumps around the document
      let position = Math.floor((e * segments.length) / EDITORS);
      await new Promise((r) => setTimeout(r, Math.random() * PACE_MS));
      while (performance.now() < deadline) {
        const turn = performance.now();
        position = (position + 1 + Math.floor(Math.random() * 7)) % segments.length;
        const segment = segments[position];
        try {
          await editor.browser.call('POST', `/api/segments/${segment.id}/lock`, { lang: 'ru', clientId: editor.clientId, force: true });
          const current = await save(editor, segment, editor.versions.get(segment.id) ?? 0);
          if (current !== null) await save(editor, segment, current);
        } catch (error) {
          errors++;
          if (errors < 5) console.error(String(error));
        }
        const wait = PACE_MS * (0.5 + Math.random()) - (performance.now() - turn);
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  // the last events are on their way
  await new Promise((r) => setTimeout(r, 1500));
  for (const editor of editors) editor.stream.destroy();

  // ---------- figures ----------
  const deliveries = [];
  for (const arrival of arrivals) {
    const save = accepted.get(arrival.key);
    if (save) deliveries.push(Math.max(0, arrival.at - save.answered));
  }
  const saves = stats(saveLatencies, elapsed);
  const delivery = stats(deliveries, elapsed);
  const fmt = (n) => n.toFixed(1).padStart(7);
  console.log(
    `saves:            ${accepted.size} accepted, ${(accepted.size / elapsed).toFixed(1)}/s (${saves.count} requests, ${saves.perSecond.toFixed(1)}/s)`,
  );
  console.log(`save latency:     p50 ${fmt(saves.p50)} ms  p95 ${fmt(saves.p95)} ms  p99 ${fmt(saves.p99)} ms  max ${fmt(saves.max)} ms`);
  console.log(`event delivery:   p50 ${fmt(delivery.p50)} ms  p95 ${fmt(delivery.p95)} ms  max ${fmt(delivery.max)} ms  (${deliveries.length} deliveries)`);
  console.log(`409 conflicts:    ${conflicts}${errors ? `   errors: ${errors}` : ''}`);

  // ---------- nothing lost ----------
  const reader = accounts[0];
  const rows = (await reader.call('GET', `/api/documents/${doc.id}/segments?lang=ru`)).body;
  let lastMissing = 0;
  let revisionsMissing = 0;
  for (const row of rows) {
    const mine = [...accepted.entries()]
      .filter(([key]) => key.startsWith(`${row.id}:`))
      .map(([key, save]) => ({ version: Number(key.split(':')[1]), text: save.text }));
    if (mine.length === 0) continue;
    const last = mine.reduce((a, b) => (b.version > a.version ? b : a));
    if (row.translation?.version !== last.version || row.translation?.text !== last.text) lastMissing++;
    const revisions = (await reader.call('GET', `/api/segments/${row.id}/translations/ru/revisions`)).body;
    const byVersion = new Map(revisions.map((r) => [r.version, r.text]));
    for (const save of mine) if (byVersion.get(save.version) !== save.text) revisionsMissing++;
  }
  let eventsMissed = 0;
  for (const editor of editors) for (const key of accepted.keys()) if (!editor.seen.has(key)) eventsMissed++;
  const lost = lastMissing + revisionsMissing + eventsMissed;
  console.log(
    `nothing lost:     ${lost === 0 ? 'yes' : 'NO'} (segments whose last save is missing: ${lastMissing}, accepted saves without their revision: ${revisionsMissing}, save events a stream missed: ${eventsMissed})`,
  );
  if (lost > 0) failures.push('lost');
  if (errors > 0) failures.push('errors');
} finally {
  await workbench.stop();
}
process.exit(failures.length ? 1 : 0);

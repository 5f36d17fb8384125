#!/usr/bin/env node
// `npm run fuzz:import [-- --files 5000 --seed 1]`: mutates every fixture of ../shared/corpus/formats and
// the repository's test fixtures (byte flips, truncation, NUL bytes, duplicated and unclosed tags, deep
// nesting, entity expansion, external entities, broken encodings, ZIP truncation and bombs), seeded and
// reproducible, and sends each file through the real import path of the built workbench (documents, TMX
// into the memory, TBX into the glossary). Prints counts by status and reason, the longest stall of the
// server's event loop (as a client polling /api/health sees it), the server's peak RSS; exits 1 on any
// 5xx, an upload hanging over 10 s, memory past FUZZ_MAX_RSS_MB, or a stored partial document.
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';

const here = path.dirname(fileURLToPath(import.meta.url));
const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const FILES = arg('files', 5000);
const SEED = arg('seed', 1);
const CONCURRENCY = arg('concurrency', 2);
const HANG_MS = 10000;
const MAX_RSS_MB = Number(process.env.FUZZ_MAX_RSS_MB ?? 1500);

// ---------- seeded randomness (mulberry32) ----------
let state = SEED >>> 0 || 1;
const random = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const int = (n) => Math.floor(random() * n);
const pick = (list) => list[int(list.length)];

// ---------- the fixtures ----------
const corpus = path.resolve(here, '../../shared/corpus/formats');
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full);
    else if (!/\.(md|png|zip)$/i.test(name) || /fixtures/.test(full)) files.push(full);
  }
};
walk(corpus);
walk(path.resolve(here, '../libs/formats/src/html/fixtures'));
walk(path.resolve(here, '../libs/formats/src/markdown/fixtures'));
files.push(path.resolve(here, '../libs/formats/src/lib/fixtures/listovka-cp1251.txt'), path.resolve(here, '../../shared/samples/rabochaya-vlast-1992.txt'));
const seeds = files
  .filter((f) => /\.(xlf|xliff|tmx|tbx|html?|md|txt)$/i.test(f))
  .map((f) => ({ name: path.basename(f), bytes: new Uint8Array(readFileSync(f)) }));
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const docx = (body) =>
  zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': strToU8(`<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
  });
seeds.push({
  name: 'leaflet.docx',
  bytes: docx(
    '<w:p><w:r><w:t>Workers of all countries, unite!</w:t></w:r></w:p><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>All power</w:t></w:r><w:r><w:t> to the councils.</w:t></w:r></w:p>',
  ),
});

// ---------- mutations ----------
const text = (bytes) => new TextDecoder().decode(bytes);
const bytesOf = (s) => new TextEncoder().encode(s);
const isXml = (name) => /\.(xlf|xliff|tmx|tbx)$/i.test(name);
const nestingTag = (name) => (isXml(name) ? ['<g id="1">', '</g>'] : /\.html?$/i.test(name) ? ['<div>', '</div>'] : ['> ', '']);
let bombCache = null;
const MUTATIONS = {
  flipBytes: (f) => {
    const b = f.bytes.slice();
    for (let k = 1 + int(8); k > 0; k--) b[int(b.length)] ^= 1 << int(8);
    return b;
  },
  truncate: (f) => f.bytes.slice(0, int(f.bytes.length)),
  nulBytes: (f) => {
    const b = Array.from(f.bytes);
    for (let k = 1 + int(4); k > 0; k--) b.splice(int(b.length), 0, 0);
    return Uint8Array.from(b);
  },
  duplicateTag: (f) => {
    const s = text(f.bytes);
    const tags = [...s.matchAll(/<[A-Za-z][^<>]{0,200}>/g)];
    if (tags.length === 0) return bytesOf(s + s);
    const tag = pick(tags);
    return bytesOf(s.slice(0, tag.index) + tag[0].repeat(1 + int(50)) + s.slice(tag.index));
  },
  unclosedTag: (f) => {
    const s = text(f.bytes);
    const closing = [...s.matchAll(/<\/[^<>]{1,100}>/g)];
    if (closing.length === 0) return bytesOf(s + '<unclosed>');
    const tag = pick(closing);
    return bytesOf(s.slice(0, tag.index) + s.slice(tag.index + tag[0].length));
  },
  deepNesting: (f) => {
    const s = text(f.bytes);
    const [open, close] = nestingTag(f.name);
    const depth = pick([300, 1000, 5000, 20000]);
    const at = Math.max(0, s.indexOf('>', s.indexOf('<source') >= 0 ? s.indexOf('<source') : int(s.length)) + 1);
    return bytesOf(s.slice(0, at) + open.repeat(depth) + 'x' + close.repeat(depth) + s.slice(at));
  },
  deepList: () => {
    let md = '';
    for (let level = 0; level < 500 + int(2000); level++) md += `${'  '.repeat(level)}- item ${level}\n`;
    return bytesOf(md);
  },
  entityExpansion: (f) => {
    const s = text(f.bytes).replace(/^<\?xml[^>]*>/, '');
    const lol = ['<!ENTITY a0 "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY a${i + 1} "${`&a${i};`.repeat(10)}">`)].join('');
    const root = /<([A-Za-z][\w:.-]*)/.exec(s)?.[1] ?? 'root';
    return bytesOf(`<?xml version="1.0"?><!DOCTYPE ${root} [${lol}]>` + s.replace(/(<[^?!][^>]*>)/, `$1&a9;`));
  },
  externalEntity: (f) => {
    const s = text(f.bytes).replace(/^<\?xml[^>]*>/, '');
    const root = /<([A-Za-z][\w:.-]*)/.exec(s)?.[1] ?? 'root';
    return bytesOf(`<?xml version="1.0"?><!DOCTYPE ${root} [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>` + s.replace(/(<[^?!][^>]*>)/, `$1&xxe;`));
  },
  brokenEncoding: (f) => {
    const b = Array.from(f.bytes);
    for (let k = 1 + int(6); k > 0; k--) b.splice(int(b.length), 0, pick([0xc0, 0xff, 0xfe, 0xed, 0xa0, 0xe2]));
    return Uint8Array.from(b);
  },
  hugeLine: (f) => bytesOf(text(f.bytes) + 'word '.repeat(100000 + int(150000))),
  zipTruncate: () => {
    const z = seeds.find((s) => s.name === 'leaflet.docx').bytes;
    return z.slice(0, int(z.length));
  },
  zipCorrupt: () => {
    const z = seeds.find((s) => s.name === 'leaflet.docx').bytes.slice();
    for (let k = 1 + int(6); k > 0; k--) z[30 + int(z.length - 30)] ^= 0xff;
    return z;
  },
  zipBomb: () => (bombCache ??= zipSync({ 'word/document.xml': new Uint8Array(120 * 1024 * 1024) }, { level: 1 })),
  zipDeepXml: () => docx('<w:sdt><w:sdtContent>'.repeat(3000) + '<w:p><w:r><w:t>x</w:t></w:r></w:p>' + '</w:sdtContent></w:sdt>'.repeat(3000)),
};
const ZIP_ONLY = new Set(['zipTruncate', 'zipCorrupt', 'zipBomb', 'zipDeepXml']);

function nextCase(i) {
  const seed = seeds[i % seeds.length];
  const names = Object.keys(MUTATIONS).filter((m) => (seed.name.endsWith('.docx') ? true : !ZIP_ONLY.has(m)));
  const mutation = pick(names);
  const name = ZIP_ONLY.has(mutation) ? 'fuzz.docx' : mutation === 'deepList' ? 'fuzz.md' : seed.name;
  return { mutation, name, bytes: MUTATIONS[mutation](seed) };
}

// ---------- the built workbench ----------
const freePort = () =>
  new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'interlinea-fuzz-'));
chmodSync(dataDir, 0o755);
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, [path.resolve(here, '../apps/api/dist/main.js')], {
  env: {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    EMBEDDED_POSTGRES_PORT: String(await freePort()),
    DATABASE_URL: '',
    NODE_ENV: 'test',
  },
  stdio: ['ignore', 'pipe', 'pipe'],
});
let serverLog = '';
server.stdout.on('data', (c) => (serverLog += c));
server.stderr.on('data', (c) => (serverLog += c));
const stopServer = async () => {
  if (server.exitCode === null) {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
  }
  rmSync(dataDir, { recursive: true, force: true });
};
for (let waited = 0; !serverLog.includes('Interlinea is ready'); waited += 100) {
  if (server.exitCode !== null || waited > 60000) {
    console.error(`the workbench did not start:\n${serverLog}`);
    process.exit(1);
  }
  await new Promise((r) => setTimeout(r, 100));
}
const peakRssMb = () => {
  try {
    const kb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))[1]);
    return Math.round(kb / 1024);
  } catch {
    return 0;
  }
};

const setup = await fetch(`${base}/api/auth/setup`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ email: 'fuzz@example.org', password: 'correct horse battery', displayName: 'Fuzz' }),
});
const csrf = (await setup.json()).csrfToken;
const cookie = setup.headers
  .getSetCookie()
  .map((c) => c.split(';')[0])
  .join('; ');
const headers = { cookie, 'x-csrf-token': csrf };
const project = await (
  await fetch(`${base}/api/projects`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Fuzz', sourceLanguage: 'en', targetLanguages: ['ru', 'de'] }),
  })
).json();

function routeFor(name) {
  if (/\.tmx$/i.test(name)) return { url: `${base}/api/projects/${project.id}/memory/import`, fields: {} };
  if (/\.tbx$/i.test(name)) return { url: `${base}/api/projects/${project.id}/glossary/import`, fields: { sourceLanguage: 'en', targetLanguage: 'de' } };
  return { url: `${base}/api/projects/${project.id}/documents`, fields: {} };
}

// ---------- the event loop, as a client sees it ----------
let probing = true;
let longestStall = 0;
const probe = (async () => {
  while (probing) {
    const started = performance.now();
    await fetch(`${base}/api/health`).catch(() => undefined);
    longestStall = Math.max(longestStall, performance.now() - started);
    await new Promise((r) => setTimeout(r, 25));
  }
})();

// ---------- the run ----------
const counts = new Map();
const failures = [];
const created = [];
let next = 0;
const started = Date.now();
async function worker() {
  while (next < FILES) {
    const i = next++;
    const { mutation, name, bytes } = nextCase(i);
    const { url, fields } = routeFor(name);
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    form.append('file', new Blob([bytes]), name);
    const t0 = Date.now();
    let key;
    try {
      const response = await fetch(url, { method: 'POST', headers, body: form, signal: AbortSignal.timeout(HANG_MS) });
      const body = await response.json().catch(() => ({}));
      key = `${response.status} ${body.details?.reason ?? body.code ?? ''}`.trim();
      if (response.status >= 500) failures.push(`#${i} ${mutation} ${name}: ${response.status} ${body.message ?? ''}`);
      if (response.status === 201 && url.endsWith('/documents'))
        created.push({ id: body.id, segmentCount: body.segmentCount, what: `#${i} ${mutation} ${name}` });
    } catch (error) {
      key = error.name === 'TimeoutError' ? 'hang' : `error ${error.message}`;
      failures.push(`#${i} ${mutation} ${name}: ${key} after ${Date.now() - t0} ms`);
    }
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (peakRssMb() > MAX_RSS_MB) failures.push(`#${i} ${mutation} ${name}: server RSS ${peakRssMb()} MB over ${MAX_RSS_MB} MB`);
    if ((i + 1) % 500 === 0) console.log(`… ${i + 1} files, ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
}
await Promise.all(Array.from({ length: CONCURRENCY }, worker));
probing = false;
await probe;

// ---------- nothing half-stored: the documents are the accepted ones, each with all its segments ----------
const documents = await (await fetch(`${base}/api/projects/${project.id}/documents`, { headers })).json();
if (documents.length !== created.length) failures.push(`${documents.length} documents stored, ${created.length} accepted`);
for (const document of created) {
  const rows = await (await fetch(`${base}/api/documents/${document.id}/segments?lang=ru`, { headers })).json();
  if (!Array.isArray(rows) || rows.length !== document.segmentCount)
    failures.push(`${document.what}: ${rows.length} of ${document.segmentCount} segments stored`);
}
const healthy = (await fetch(`${base}/api/health`).catch(() => ({ ok: false }))).ok;
if (!healthy) failures.push('the workbench no longer answers /api/health');
const rss = peakRssMb();
await stopServer();

console.log(`\nfuzz:import — ${FILES} files, seed ${SEED}, ${((Date.now() - started) / 1000).toFixed(1)} s`);
for (const [key, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(6)}  ${key}`);
console.log(`longest event-loop stall seen by a client: ${longestStall.toFixed(0)} ms`);
console.log(`peak RSS of the server: ${rss} MB`);
if (failures.length) {
  console.log(`\n${failures.length} failures:`);
  for (const f of failures.slice(0, 50)) console.log(`  ${f}`);
  process.exit(1);
}
console.log('no 5xx, no hang, no partial document');

// What the benchmarks share: the built API started on a fresh embedded PostgreSQL (as a newcomer starts
// it), a person's browser over HTTP (session cookie + CSRF header), and latency figures.
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

export const freePort = () =>
  new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** Starts `apps/api/dist/main.js` with a fresh data folder; `stop()` ends it and removes the folder. */
export async function startWorkbench(name, extraEnv = {}) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `interlinea-${name}-`));
  chmodSync(dataDir, 0o755);
  const port = await freePort();
  const server = spawn(
    process.execPath,
    [...(process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean), path.resolve(here, '../apps/api/dist/main.js')],
    {
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        EMBEDDED_POSTGRES_PORT: String(await freePort()),
        NODE_ENV: 'development',
        DATABASE_URL: '',
        DEEPL_AUTH_KEY: '',
        ...extraEnv,
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let log = '';
  server.stdout.on('data', (chunk) => (log += chunk));
  for (let waited = 0; !log.includes('Interlinea is ready'); waited += 100) {
    if (server.exitCode !== null || waited > 60000) throw new Error(`the API did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    base: `http://127.0.0.1:${port}`,
    stop: async () => {
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A person's browser: keeps the session cookie, sends the CSRF header, throws on an unexpected status. */
export class Browser {
  cookie = '';
  csrf = '';
  constructor(base) {
    this.base = base;
  }
  async call(method, url, body, expected = [200, 201]) {
    const headers = { cookie: this.cookie, 'x-csrf-token': this.csrf };
    let payload;
    if (body instanceof FormData) payload = body;
    else if (body !== undefined) {
      headers['content-type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    const res = await fetch(this.base + url, { method, headers, body: payload });
    const setCookie = res.headers.getSetCookie?.() ?? [];
    for (const c of setCookie) if (c.startsWith('interlinea_session=')) this.cookie = c.split(';')[0];
    const text = await res.text();
    const json = text && res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text;
    if (!expected.includes(res.status)) throw new Error(`${method} ${url}: ${res.status} ${text.slice(0, 300)}`);
    if (json && json.csrfToken) this.csrf = json.csrfToken;
    return { status: res.status, body: json };
  }
}

/** A plain-text document of `count` paragraphs (one segment each). */
export function leaflet(name, count) {
  const form = new FormData();
  const text = Array.from(
    { length: count },
    (_, i) => `The workers' council of district ${i + 1} met on ${(i % 28) + 1} November 1992 to discuss the strike.`,
  ).join('\n\n');
  form.append('file', new Blob([text], { type: 'text/plain' }), name);
  return form;
}

/** p50/p95/p99/max of latencies (ms), and how many per second over `seconds`. */
export function stats(latencies, seconds) {
  const sorted = Float64Array.from(latencies).sort();
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { count: sorted.length, perSecond: sorted.length / seconds, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted[sorted.length - 1] ?? NaN };
}

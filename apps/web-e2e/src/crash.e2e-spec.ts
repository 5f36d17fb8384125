import * as fs from 'node:fs';
import * as path from 'node:path';
import { Client } from 'pg';
import type { ImportResult, JobStatus, PretranslateResponse, ProjectSummary } from '@interlinea/shared';
import { FakeDeeplServer } from '@interlinea/testing-deepl';
import { ApiClient } from './support/api-client';
import { startWorkbench, type WorkbenchServer } from './support/workbench-server';

const EMAIL = 'anna@example.org';
const PASSWORD = 'correct horse battery';

/** The first process waits for DeepL as long as it takes; jobs whose worker died are taken back within seconds. */
const env = (deepl: FakeDeeplServer, key: string, timeoutMs: string) => ({
  DEEPL_AUTH_KEY: key,
  DEEPL_SERVER_URL: deepl.url,
  DEEPL_MAX_RETRIES: '3',
  DEEPL_TIMEOUT_MS: timeoutMs,
  MT_BATCH_SIZE: '10',
  JOB_LEASE_SECONDS: '3',
  JOB_SWEEP_SECONDS: '1',
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function eventually<T>(what: string, probe: () => Promise<T | null | undefined | false>, ms = 30000, every = 100): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`waited ${ms} ms for ${what}`);
    await sleep(every);
  }
}

function tmx(units: number): string {
  const body: string[] = [];
  for (let i = 0; i < units; i++) {
    body.push(
      `<tu><tuv xml:lang="en"><seg>Crash unit ${i}: the workers of plant ${i % 97} demand bread.</seg></tuv><tuv xml:lang="ru"><seg>Единица ${i}: рабочие завода ${i % 97} требуют хлеба.</seg></tuv></tu>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="test" creationtool="test" creationtoolversion="1"/><body>\n${body.join('\n')}\n</body></tmx>\n`;
}

function leaflet(sentences: number, label: string): string {
  return Array.from({ length: sentences }, (_, i) => `Line ${i + 1} of the ${label} leaflet calls the workers of district ${i % 53} to the meeting.`).join(' ');
}

/**
 * `kill -9` of the API in the middle of the three long things it does — a TMX import, a document import,
 * a pre-translation job — each time leaving its PostgreSQL running without a parent, as a real crash
 * does; then a start on the same data folder. The start must succeed, nothing half-written may be
 * visible, and jobs must not stay "running" with nobody running them.
 */
describe('kill -9 in the middle of long work, then a restart on the same data', () => {
  const deepl = new FakeDeeplServer();
  let server: WorkbenchServer;
  let anna: ApiClient;
  let project: ProjectSummary;
  const restarts: number[] = [];

  /** A short-lived connection to the embedded PostgreSQL (it is stopped and started under our feet). */
  async function connect(): Promise<Client> {
    const password = fs.readFileSync(path.join(server.dataDir, 'postgres-password'), 'utf8').trim();
    const client = new Client({ host: '127.0.0.1', port: server.ports.postgres, user: 'postgres', password, database: 'interlinea' });
    await client.connect();
    return client;
  }
  async function sql<T>(text: string, params: unknown[] = []): Promise<T[]> {
    const client = await connect();
    try {
      return (await client.query(text, params)).rows as T[];
    } finally {
      await client.end();
    }
  }

  /** kill -9, PostgreSQL left running without its parent, then `npm start` again on the same folder. */
  async function crashAndRestart(restartEnv?: Record<string, string>): Promise<void> {
    await server.crash({ leaveOrphan: true });
    const started = Date.now();
    await server.restart(restartEnv);
    restarts.push(Date.now() - started);
    anna = await new ApiClient(server.url).login(EMAIL, PASSWORD);
  }

  beforeAll(async () => {
    await deepl.start();
    server = await startWorkbench({ env: env(deepl, 'test-key', '120000') });
    anna = await new ApiClient(server.url).setUp(EMAIL, PASSWORD, 'Anna Admin');
    project = await anna.json<ProjectSummary>('POST', '/api/projects', { name: 'Crash leaflets', sourceLanguage: 'en', targetLanguages: ['ru', 'de'] });
  });

  afterAll(async () => {
    deepl.dropHeld('test-key');
    await server?.stop();
    await deepl.stop();
    if (restarts.length) console.log(`restart after kill -9 (orphaned PostgreSQL taken over): ${restarts.join(', ')} ms`);
  });

  it('during a TMX import: after the restart the memory has none of its units, and the same file imports whole', async () => {
    const units = 20000;
    const file = tmx(units);
    const token = 'crash-tmx-import-1';
    const upload = anna.upload(`/api/projects/${project.id}/memory/import?scope=project&progress=${token}`, 'big.tmx', file).then(
      (answer) => answer.status,
      () => 'connection lost',
    );
    // the import is under way: it has read a third of the file or more, not all of it
    const progress = await eventually(
      'the import to be under way',
      async () => {
        const answer = await anna.call('GET', `/api/projects/${project.id}/memory/import/progress/${token}`);
        const body = answer.ok ? ((await answer.json()) as { read: number; total: number }) : null;
        return body && body.read >= body.total / 3 && body.read < body.total ? body : null;
      },
      60000,
      20,
    );
    await crashAndRestart();
    expect(await upload).toBe('connection lost'); // the client saw the connection drop, not an answer
    console.log(`TMX import killed after reading ${progress.read} of ${progress.total} bytes`);

    const [stored] = await sql<{ units: number; variants: number }>(
      `SELECT count(DISTINCT u.id)::int AS units, count(v.id)::int AS variants FROM tm_unit u LEFT JOIN tm_variant v ON v.unit_id = u.id WHERE u.project_id = $1`,
      [project.id],
    );
    expect(stored).toEqual({ units: 0, variants: 0 });
    const search = await anna.json<{ hits: unknown[] }>('GET', `/api/projects/${project.id}/memory/search?q=${encodeURIComponent('Crash unit 17')}&lang=ru`);
    expect(search.hits).toHaveLength(0);

    // nothing left behind blocks the import: the same file goes in whole
    const again = await anna.upload(`/api/projects/${project.id}/memory/import?scope=project`, 'big.tmx', file);
    expect(again.status).toBe(201);
    const [after] = await sql<{ units: number }>(`SELECT count(*)::int AS units FROM tm_unit WHERE project_id = $1`, [project.id]);
    expect(after.units).toBe(units);
  }, 240_000);

  it('during a document import: after the restart there is no partial document, and the same file imports whole', async () => {
    const text = leaflet(600, 'long');
    // the test holds a lock on the segment table, so the import stops inside its transaction, the
    // document row written and its segments waiting: the API dies exactly there
    const lock = await connect();
    await lock.query('BEGIN');
    await lock.query('LOCK TABLE segment IN SHARE MODE');
    const upload = anna.upload(`/api/projects/${project.id}/documents`, 'long-leaflet.txt', text, { confirmLanguage: 'true' }).then(
      async (answer) => `${answer.status} ${(await answer.text()).slice(0, 300)}`,
      () => 'connection lost',
    );
    let finished: unknown = null;
    void upload.then((answer) => (finished = answer));
    try {
      await eventually(
        'the import to be writing its segments',
        async () => {
          if (finished) throw new Error(`the import ended (${String(finished)}) before the crash`);
          const waiting = await lock.query(
            `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_class c ON c.oid = l.relation JOIN pg_stat_activity a ON a.pid = l.pid
              WHERE c.relname = 'segment' AND NOT l.granted AND a.query ILIKE '%INSERT INTO%segment%'`,
          );
          return waiting.rows[0].n > 0;
        },
        60000,
        20,
      ).catch(async (error: Error) => {
        const activity = await lock.query(
          `SELECT a.state, l.mode, l.granted, c.relname, left(a.query, 60) AS query FROM pg_locks l JOIN pg_class c ON c.oid = l.relation JOIN pg_stat_activity a ON a.pid = l.pid WHERE c.relname NOT LIKE 'pg_%'`,
        );
        throw new Error(`${error.message}: ${JSON.stringify(activity.rows)}`);
      });
      const [inside] = (
        await lock.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = 'interlinea' AND xact_start IS NOT NULL AND pid <> pg_backend_pid()`)
      ).rows;
      expect(inside.n).toBeGreaterThan(0);
      await server.crash({ leaveOrphan: true });
    } finally {
      await lock.query('ROLLBACK').catch(() => undefined);
      await lock.end().catch(() => undefined);
    }
    const started = Date.now();
    await server.restart();
    restarts.push(Date.now() - started);
    anna = await new ApiClient(server.url).login(EMAIL, PASSWORD);
    expect(await upload).toBe('connection lost');

    const documents = await anna.json<{ id: string; title: string }[]>('GET', `/api/projects/${project.id}/documents`);
    expect(documents.filter((d) => d.title.includes('long-leaflet'))).toEqual([]);
    const [orphans] = await sql<{ documents: number; segments: number }>(
      `SELECT (SELECT count(*)::int FROM document WHERE project_id = $1) AS documents,
              (SELECT count(*)::int FROM segment s JOIN document d ON d.id = s.document_id WHERE d.project_id = $1) AS segments`,
      [project.id],
    );
    expect(orphans).toEqual({ documents: 0, segments: 0 });

    const again = await anna.upload(`/api/projects/${project.id}/documents`, 'long-leaflet.txt', text, { confirmLanguage: 'true' });
    expect(again.status).toBe(201);
    const imported = (await again.json()) as ImportResult;
    const [whole] = await sql<{ segments: number }>(`SELECT count(*)::int AS segments FROM segment WHERE document_id = $1`, [imported.id]);
    expect(whole.segments).toBe(imported.segmentCount);
    expect(imported.segmentCount).toBeGreaterThanOrEqual(600);
  }, 240_000);

  it('during a pre-translation job: after the restart the job is taken up again and finishes, each segment translated once', async () => {
    const upload = await anna.upload(`/api/projects/${project.id}/documents`, 'short-leaflet.txt', leaflet(45, 'short'), { confirmLanguage: 'true' });
    const { id: documentId } = (await upload.json()) as ImportResult;
    // the first process gets two batches answered, then waits for DeepL when it is killed
    deepl.holdAfter = { key: 'test-key', answered: 2 };
    const { jobId } = await anna.json<PretranslateResponse>('POST', `/api/documents/${documentId}/pretranslate`, { lang: 'de', useMt: true });
    await eventually('a DeepL request in flight', async () => deepl.translateRequests().some((r) => r.key === 'test-key' && !r.answered)).catch(
      async (error: Error) => {
        throw new Error(
          `${error.message}: ${JSON.stringify(await anna.json('GET', `/api/jobs/${jobId}`))}, DeepL saw ${JSON.stringify(deepl.requests.map((r) => [r.path, r.key, r.status]))}`,
        );
      },
    );
    const before = await anna.json<JobStatus>('GET', `/api/jobs/${jobId}`);
    expect(before.state).toBe('running');
    expect(before.done).toBeLessThan(before.total);

    await crashAndRestart(env(deepl, 'second-key', '4000'));
    const done = await eventually(
      'the job to finish after the restart',
      async () => {
        const job = await anna.json<JobStatus>('GET', `/api/jobs/${jobId}`);
        return ['completed', 'failed', 'paused', 'cancelled'].includes(job.state) ? job : null;
      },
      60000,
      250,
    );
    expect(done).toMatchObject({ state: 'completed', done: before.total, total: before.total, failed: 0 });
    const rows = await sql<{ translations: number; revisions: number }>(
      `SELECT count(DISTINCT t.id)::int AS translations, count(r.id)::int AS revisions
         FROM segment s JOIN translation t ON t.segment_id = s.id AND t.language = 'de' JOIN translation_revision r ON r.translation_id = t.id
        WHERE s.document_id = $1 GROUP BY s.id`,
      [documentId],
    );
    expect(rows).toHaveLength(before.total);
    expect(rows.every((r) => r.translations === 1 && r.revisions === 1)).toBe(true);
  }, 240_000);

  it('leaves the stored data consistent after the three crashes', async () => {
    const [check] = await sql<Record<string, number>>(`
      SELECT
        (SELECT count(*)::int FROM document d WHERE d.segment_count <> (SELECT count(*) FROM segment s WHERE s.document_id = d.id)) AS "documents whose segments are not all there",
        (SELECT count(*)::int FROM translation t WHERE t.version <> (SELECT max(r.version) FROM translation_revision r WHERE r.translation_id = t.id)) AS "translations out of step with their history",
        (SELECT count(*)::int FROM tm_unit u WHERE NOT EXISTS (SELECT 1 FROM tm_variant v WHERE v.unit_id = u.id)) AS "memory units without text",
        (SELECT count(*)::int FROM job WHERE state = 'running') AS "jobs still running"`);
    expect(check).toEqual({
      'documents whose segments are not all there': 0,
      'translations out of step with their history': 0,
      'memory units without text': 0,
      'jobs still running': 0,
    });
  });
});

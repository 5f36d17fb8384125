import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import type { DocumentSummary, SegmentRow, Translation } from '@interlinea/shared';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { startWorkbench, type WorkbenchServer } from './support/workbench-server';
import { api, createProject, grantMyself, SAMPLE, setUpAdmin, uploadDocument } from './support/workbench-steps';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../../..');
const TABLES = ['"user"', 'project', 'document', 'segment', 'translation', 'translation_revision', 'tm_unit', 'tm_variant'];

async function counts(dataDir: string, port: number): Promise<Record<string, number>> {
  const password = fs.readFileSync(path.join(dataDir, 'postgres-password'), 'utf8').trim();
  const client = new Client({ host: '/tmp', port, user: 'postgres', password, database: 'interlinea' });
  await client.connect();
  try {
    const result: Record<string, number> = {};
    for (const table of TABLES) result[table] = Number((await client.query(`SELECT count(*) FROM ${table}`)).rows[0].count);
    return result;
  } finally {
    await client.end();
  }
}

/**
 * `npm run backup` while the workbench runs and `npm run restore FILE` into a fresh data folder: the
 * restored workbench has every project, document, translation, revision and memory unit, and the
 * translator's texts read back exactly.
 */
describe('backup and restore of the embedded database', () => {
  let server: WorkbenchServer;
  let restored: WorkbenchServer | undefined;
  let browser: Browser;
  let page: Page;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'interlinea-backup-e2e-'));
  fs.chmodSync(work, 0o755); // the embedded PostgreSQL runs as the postgres user when the tests run as root
  const backupFile = path.join(work, 'backup.tar.gz');
  const freshDir = path.join(work, 'restored-data');

  beforeAll(async () => {
    server = await startWorkbench();
    browser = await launchChromium();
    page = await (await browser.newContext()).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await restored?.stop();
    await server?.stop();
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('backs up a running workbench and restores it into a fresh data folder with everything in it', async () => {
    await setUpAdmin(page, server.url);
    const projectUrl = await createProject(page, 'Backed up', 'en', ['Russian']);
    await uploadDocument(page, SAMPLE);
    await grantMyself(page, 'translator', 'ru');
    const projectId = projectUrl.split('/projects/')[1];
    const [document] = await api<DocumentSummary[]>(page, server.url, 'GET', `/api/projects/${projectId}/documents`);
    const rows = await api<SegmentRow[]>(page, server.url, 'GET', `/api/documents/${document.id}/segments?lang=ru`);
    const texts = rows
      .filter((row) => row.translatable)
      .slice(0, 5)
      .map((row, i) => ({ id: row.id, text: `Translation ${i + 1} «${row.source.slice(0, 20)}»` }));
    for (const { id, text } of texts) {
      const saved = await api<Translation>(page, server.url, 'PUT', `/api/segments/${id}/translations/ru`, {
        text: `${text} draft`,
        status: 'draft',
        version: 0,
      });
      await api<Translation>(page, server.url, 'PUT', `/api/segments/${id}/translations/ru`, { text, status: 'translated', version: saved.version });
    }
    // the memory follows the confirmations just after they commit
    let before = await counts(server.dataDir, server.ports.postgres);
    for (let i = 0; i < 50 && before.tm_unit < 5; i++) {
      await new Promise((r) => setTimeout(r, 100));
      before = await counts(server.dataDir, server.ports.postgres);
    }
    expect(before).toMatchObject({ project: 1, document: 1, translation: 5, translation_revision: 10, tm_unit: 5 });

    const env = { ...process.env, DATA_DIR: server.dataDir, EMBEDDED_POSTGRES_PORT: String(server.ports.postgres) };
    const backup = await run(process.execPath, ['scripts/backup.mjs', backupFile], { cwd: ROOT, env });
    expect(backup.stdout).toMatch(/Backup written: .*online/);

    const restore = await run(process.execPath, ['scripts/restore.mjs', backupFile], { cwd: ROOT, env: { ...process.env, DATA_DIR: freshDir } });
    expect(restore.stdout).toContain(`Restored ${backupFile} into ${freshDir}`);
    restored = await startWorkbench({ dataDir: freshDir });
    expect(await counts(freshDir, restored.ports.postgres)).toEqual(before);

    // and the restored workbench shows the same texts to the same person
    const again = await (await browser.newContext()).newPage();
    await again.goto(`${restored.url}/login`);
    await again.getByLabel('Email').fill('anna@example.org');
    await again.getByLabel('Password').fill('correct horse battery');
    await again.getByRole('button', { name: /sign in|log in/i }).click();
    await again.getByRole('link', { name: 'Backed up' }).waitFor();
    const restoredRows = await api<SegmentRow[]>(again, restored.url, 'GET', `/api/documents/${document.id}/segments?lang=ru`);
    const byId = new Map(restoredRows.map((r) => [r.id, r.translation?.text]));
    expect(texts.map((t) => byId.get(t.id))).toEqual(texts.map((t) => t.text));
  });

  it('refuses to restore over a running workbench, and keeps a data folder it replaces', async () => {
    const env = { ...process.env, DATA_DIR: server.dataDir };
    await expect(run(process.execPath, ['scripts/restore.mjs', backupFile], { cwd: ROOT, env })).rejects.toMatchObject({
      stderr: expect.stringMatching(/The workbench is running on .*: stop it first/),
    });
    await restored!.stop();
    restored = undefined;
    fs.mkdirSync(freshDir, { recursive: true });
    fs.writeFileSync(path.join(freshDir, 'marker'), 'kept');
    const restore = await run(process.execPath, ['scripts/restore.mjs', backupFile], { cwd: ROOT, env: { ...process.env, DATA_DIR: freshDir } });
    const kept = /kept as (.*)\./.exec(restore.stdout)![1];
    expect(fs.readFileSync(path.join(kept, 'marker'), 'utf8')).toBe('kept');
  });
});

import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { startWorkbench, type WorkbenchServer } from './support/workbench-server';

const ROOT = path.resolve(__dirname, '../../..');
const MAIN = path.join(ROOT, 'apps/api/dist/main.js');

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};
const postmasterPid = (dataDir: string): number | null => {
  const file = path.join(dataDir, 'postgres', 'postmaster.pid');
  return fs.existsSync(file) ? Number(fs.readFileSync(file, 'utf8').split('\n')[0]) : null;
};
const health = (url: string) =>
  fetch(`${url}/api/health`)
    .then((r) => r.ok)
    .catch(() => false);

/** Runs the built workbench until it exits on its own (it must, within `ms`): its exit code and output. */
function runToExit(env: Record<string, string>, ms = 60000): Promise<{ code: number | null; output: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MAIN], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: '', NODE_ENV: 'test', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`still running after ${ms} ms:\n${output}`));
    }, ms);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output, ms: Date.now() - started });
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starting and stopping the workbench as an administrator meets it: after `kill -9` the next start takes
 * the data folder back; a rival instance or a taken port ends with one line naming the variable to change,
 * leaving nothing running; SIGTERM ends the process within seconds, even with its database gone.
 */
describe('starting after a crash, and starts that cannot go on', () => {
  let server: WorkbenchServer;

  beforeAll(async () => {
    server = await startWorkbench({ keepData: false });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('starts again on the same data folder after kill -9 left its PostgreSQL running', async () => {
    const orphan = postmasterPid(server.dataDir)!;
    await server.crash({ leaveOrphan: true });
    expect(isAlive(orphan)).toBe(true);

    const started = Date.now();
    await server.restart();
    console.log(`restart after kill -9: ${Date.now() - started} ms`);
    expect(await health(server.url)).toBe(true);
    expect(server.log()).toContain(`Stopped the PostgreSQL (pid ${orphan}) left running`);
    expect(isAlive(orphan)).toBe(false);
  });

  it('refuses a second instance on the same data folder, naming DATA_DIR, and leaves the first running', async () => {
    const rival = await runToExit({ DATA_DIR: server.dataDir, PORT: String(await freePort()), EMBEDDED_POSTGRES_PORT: String(await freePort()) });
    expect(rival.code).toBe(1);
    const lines = rival.output.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/already running on the data folder .*DATA_DIR/);
    expect(await health(server.url)).toBe(true);
  });

  it('names EMBEDDED_POSTGRES_PORT when its PostgreSQL port is taken, and starts no database', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'interlinea-rival-'));
    fs.chmodSync(dataDir, 0o755);
    try {
      const rival = await runToExit({ DATA_DIR: dataDir, PORT: String(await freePort()), EMBEDDED_POSTGRES_PORT: String(server.ports.postgres) });
      expect(rival.code).toBe(1);
      expect(rival.output.trim().split('\n').pop()).toMatch(/Port \d+ for the embedded PostgreSQL is already in use.*EMBEDDED_POSTGRES_PORT/);
      expect(rival.output).not.toMatch(/\n\s+at /);
      const pid = postmasterPid(dataDir);
      expect(pid === null || !isAlive(pid)).toBe(true);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('names PORT when the HTTP port is taken, before starting anything', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'interlinea-rival-'));
    try {
      const rival = await runToExit({ DATA_DIR: dataDir, PORT: String(server.ports.http), EMBEDDED_POSTGRES_PORT: String(await freePort()) });
      expect(rival.code).toBe(1);
      expect(rival.output.trim()).toMatch(/^Port \d+ is already in use by another program: set PORT to a free port\.$/);
      expect(fs.existsSync(path.join(dataDir, 'postgres'))).toBe(false);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('answers 503 DATABASE_UNAVAILABLE while its PostgreSQL is gone, and ends within seconds on SIGTERM without stack traces', async () => {
    const pid = server.pid()!;
    const database = postmasterPid(server.dataDir)!;
    process.kill(database, 'SIGKILL');
    await new Promise((r) => setTimeout(r, 300));
    // while the database is gone: 503 with its code and a Retry-After, and health says what is down
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(503);
    expect(health.headers.get('retry-after')).toMatch(/^\d+$/);
    const healthBody = await health.json();
    expect(healthBody).toMatchObject({ code: 'DATABASE_UNAVAILABLE', details: { database: 'down', reason: expect.any(String) } });
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'someone@example.org', password: 'whatever password' }),
    });
    expect(login.status).toBe(503);
    expect(login.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await login.json()).code).toBe('DATABASE_UNAVAILABLE');
    const before = server.log().length;
    const started = Date.now();
    process.kill(pid, 'SIGTERM');
    while (isAlive(pid) && Date.now() - started < 15000) await new Promise((r) => setTimeout(r, 50));
    expect(isAlive(pid)).toBe(false);
    expect(Date.now() - started).toBeLessThan(10000);
    expect(server.log().slice(before)).not.toMatch(/\n\s+at /);
  });
});

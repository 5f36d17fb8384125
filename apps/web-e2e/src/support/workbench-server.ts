import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../../..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export interface WorkbenchServer {
  url: string;
  log(): string;
  /** Milliseconds the embedded PostgreSQL took to start, as the server logged it. */
  databaseStartMs(): number | null;
  stop(): Promise<void>;
}

/** Starts the built workbench exactly as `npm start` does, on a fresh data folder. */
export async function startWorkbench(env: Record<string, string> = {}): Promise<WorkbenchServer> {
  const main = path.join(ROOT, 'apps/api/dist/main.js');
  if (!fs.existsSync(main)) throw new Error('Build first: npx nx run-many -t build --projects=api,web');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'interlinea-e2e-'));
  fs.chmodSync(dataDir, 0o755);
  const port = await freePort();
  let output = '';
  const child: ChildProcess = spawn(process.execPath, [main], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, EMBEDDED_POSTGRES_PORT: String(await freePort()), DATABASE_URL: '', NODE_ENV: 'test', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The workbench exited early:\n${output}`);
    const ok = await fetch(`${url}/api/health`).then((r) => r.ok).catch(() => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`The workbench did not start within 60 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    log: () => output,
    databaseStartMs: () => {
      const match = /PostgreSQL ready on port \d+ in (\d+) ms/.exec(output);
      return match ? Number(match[1]) : null;
    },
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

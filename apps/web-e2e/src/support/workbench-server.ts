import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../../..');

/**
 * A data folder the suite's global setup made by starting the built workbench once on an empty folder
 * (a new PostgreSQL cluster, every migration) and stopping it; each journey starts on a copy of it.
 */
export const DATA_TEMPLATE_ENV = 'INTERLINEA_E2E_DATA_TEMPLATE';

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
  /** The data folder (embedded PostgreSQL, uploads). */
  dataDir: string;
  log(): string;
  /** Milliseconds the embedded PostgreSQL took to start, as the server logged it. */
  databaseStartMs(): number | null;
  /**
   * The API process dies at once (SIGKILL): nothing is cleaned up. Its embedded PostgreSQL, left
   * running as an orphan, is then shut down by its pid (as a host restart would), keeping the data.
   */
  crash(options?: { leaveOrphan?: boolean }): Promise<void>;
  /** The pid of the API process (null before it starts). */
  pid(): number | null;
  /** Ports and the environment it runs with, to start a rival on the same ones. */
  ports: { http: number; postgres: number };
  /** Starts the API again on the same data folder and port (after `crash`). */
  restart(env?: Record<string, string>): Promise<void>;
  stop(): Promise<void>;
}

export interface WorkbenchOptions {
  /** Extra environment, e.g. `DEEPL_AUTH_KEY` and `DEEPL_SERVER_URL` of a fake DeepL. */
  env?: Record<string, string>;
  /** Keep the data folder after `stop` (to look at it, or to start on it again). */
  keepData?: boolean;
  /** Start on this data folder instead of a fresh one. */
  dataDir?: string;
  /**
   * Start on an empty data folder (a new cluster, every migration), as a first `npm start` does, instead
   * of on a copy of the suite's migrated template.
   */
  empty?: boolean;
  /** How long the start may take before it counts as failed (60 s unless told). */
  startTimeoutMs?: number;
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Stops a PostgreSQL left running on `dataDir` by a killed API (fast shutdown through its postmaster pid). */
async function stopOrphanedPostgres(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, 'postgres', 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + 20000;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
}

/**
 * Starts the built workbench exactly as `npm start` does, on a fresh data folder (or `options.dataDir`).
 * A plain object of variables is taken as `options.env` (the older call).
 */
export async function startWorkbench(envOrOptions: Record<string, string> | WorkbenchOptions = {}): Promise<WorkbenchServer> {
  const options: WorkbenchOptions = ['env', 'keepData', 'dataDir', 'empty', 'startTimeoutMs'].some((key) => key in envOrOptions)
    ? (envOrOptions as WorkbenchOptions)
    : { env: envOrOptions as Record<string, string> };
  const main = path.join(ROOT, 'apps/api/dist/main.js');
  if (!fs.existsSync(main)) throw new Error('Build first: npx nx run-many -t build --projects=api,web');
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'interlinea-e2e-'));
  fs.chmodSync(dataDir, 0o755);
  const template = options.dataDir || options.empty ? undefined : process.env[DATA_TEMPLATE_ENV];
  // owners and modes kept: the cluster belongs to the postgres user when the tests run as root
  if (template) execFileSync('cp', ['-a', `${template}/.`, dataDir]);
  const port = await freePort();
  const databasePort = await freePort();
  let output = '';
  let child: ChildProcess | null = null;
  const url = `http://127.0.0.1:${port}`;

  const launch = async (env: Record<string, string>) => {
    const launched = spawn(process.execPath, [main], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, EMBEDDED_POSTGRES_PORT: String(databasePort), DATABASE_URL: '', NODE_ENV: 'test', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = launched;
    launched.stdout?.on('data', (chunk) => (output += chunk));
    launched.stderr?.on('data', (chunk) => (output += chunk));
    const startTimeoutMs = options.startTimeoutMs ?? 60000;
    const deadline = Date.now() + startTimeoutMs;
    for (;;) {
      if (launched.exitCode !== null) throw new Error(`The workbench exited early:\n${output}`);
      const ok = await fetch(`${url}/api/health`)
        .then((r) => r.ok)
        .catch(() => false);
      if (ok) break;
      if (Date.now() > deadline) throw new Error(`The workbench did not start within ${startTimeoutMs / 1000} s:\n${output}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  };
  let currentEnv = options.env ?? {};
  try {
    await launch(currentEnv);
  } catch (error) {
    // nothing left running: a start that timed out still has its API and PostgreSQL
    const launched = child as ChildProcess | null;
    if (launched && launched.exitCode === null) {
      const exited = new Promise((r) => launched.once('exit', r));
      launched.kill('SIGKILL');
      await exited;
    }
    await stopOrphanedPostgres(dataDir);
    if (!options.keepData && !options.dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }

  return {
    url,
    dataDir,
    log: () => output,
    databaseStartMs: () => {
      const match = /PostgreSQL ready on port \d+ in (\d+) ms/.exec(output);
      return match ? Number(match[1]) : null;
    },
    ports: { http: port, postgres: databasePort },
    pid: () => (child as ChildProcess | null)?.pid ?? null,
    crash: async (crashOptions = {}) => {
      const running = child;
      if (running && running.exitCode === null) {
        const exited = new Promise((r) => running.once('exit', r));
        running.kill('SIGKILL');
        await exited;
      }
      if (!crashOptions.leaveOrphan) await stopOrphanedPostgres(dataDir);
    },
    restart: async (env) => {
      currentEnv = { ...currentEnv, ...env };
      output += '\n--- restart ---\n';
      await launch(currentEnv);
    },
    stop: async () => {
      const running = child;
      if (running && running.exitCode === null) {
        const exited = new Promise((r) => running.once('exit', r));
        running.kill('SIGTERM');
        await exited;
      }
      await stopOrphanedPostgres(dataDir);
      if (!options.keepData) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

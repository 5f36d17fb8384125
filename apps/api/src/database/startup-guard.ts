import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';

/** A start that cannot go on, told in one line that names the cause and the variable to change. */
export class StartupError extends Error {
  override readonly name = 'StartupError';
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, owned by another user (the postgres user, when we run as root)
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const readPid = (file: string): number | null => {
  try {
    const pid = Number(fs.readFileSync(file, 'utf8').split('\n')[0].trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
};

const commandLine = (pid: number): string => {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
};

/** Whether a TCP port on 127.0.0.1 (and the host given) can be bound now. */
export function portIsFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

/**
 * One Interlinea per data folder: `<dataDir>/interlinea.pid` holds the pid of the process that owns it.
 * A pid file left by a killed process (its pid gone, or now another program's) is taken over.
 */
export function claimDataDir(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'interlinea.pid');
  const holder = readPid(file);
  if (holder && holder !== process.pid && isAlive(holder) && /node/.test(commandLine(holder))) {
    throw new StartupError(`Another Interlinea (pid ${holder}) is already running on the data folder ${dataDir}: stop it, or set DATA_DIR to another folder.`);
  }
  fs.writeFileSync(file, `${process.pid}\n`);
  return () => {
    if (readPid(file) === process.pid) fs.rmSync(file, { force: true });
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (isAlive(pid)) {
    if (Date.now() > deadline) return false;
    await sleep(100);
  }
  return true;
}

/**
 * A PostgreSQL still running on our cluster folder after its API process was killed (`kill -9`) is an
 * orphan: the data folder is claimed by us, so nobody else uses it. It is shut down cleanly (fast
 * shutdown, then immediate), keeping its data, so the start can go on. Answers the orphan's pid, if any.
 */
export async function stopOrphanedPostgres(clusterDir: string): Promise<number | null> {
  const pid = readPid(path.join(clusterDir, 'postmaster.pid'));
  if (!pid || !isAlive(pid) || !/postgres/.test(commandLine(pid))) return null;
  process.kill(pid, 'SIGINT');
  if (await waitForExit(pid, 15000)) return pid;
  process.kill(pid, 'SIGQUIT');
  if (await waitForExit(pid, 5000)) return pid;
  throw new StartupError(`The PostgreSQL left running on ${clusterDir} (pid ${pid}) does not stop: stop it by hand, or set DATA_DIR to another folder.`);
}

/** Fails early, before anything starts, when a port the workbench needs is taken. */
export async function assertPortsFree(ports: { http?: { port: number; host: string }; postgres?: number }): Promise<void> {
  if (ports.postgres !== undefined) {
    const socketLock = readPid(`/tmp/.s.PGSQL.${ports.postgres}.lock`);
    if (!(await portIsFree(ports.postgres)) || (socketLock && isAlive(socketLock))) {
      throw new StartupError(
        `Port ${ports.postgres} for the embedded PostgreSQL is already in use by another program: set EMBEDDED_POSTGRES_PORT to a free port.`,
      );
    }
  }
  if (ports.http && !(await portIsFree(ports.http.port, ports.http.host))) {
    throw new StartupError(`Port ${ports.http.port} is already in use by another program: set PORT to a free port.`);
  }
}

// What the backup and restore scripts share: where the embedded PostgreSQL keeps its data, and whether it runs.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const dataDir = () => resolve(process.env.DATA_DIR || './.data');
export const clusterDir = (dir) => join(dir, 'postgres');
export const postgresPort = () => Number(process.env.EMBEDDED_POSTGRES_PORT || 54329);

export function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** The pid of the PostgreSQL running on this cluster folder, or null. */
export function runningPostmaster(cluster) {
  const file = join(cluster, 'postmaster.pid');
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : null;
}

/** The pid of the Interlinea running on this data folder, or null. */
export function runningWorkbench(dir) {
  const file = join(dir, 'interlinea.pid');
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : null;
}

export function fail(message) {
  console.error(message);
  process.exit(1);
}

import { DATA_TEMPLATE_ENV, startWorkbench } from './workbench-server';

/**
 * Starts the built workbench once on an empty data folder, exactly as a first `npm start` does (a new
 * PostgreSQL cluster, every migration, /api/health answering), and stops it: the folder it leaves is the
 * template each journey's workbench starts on a copy of, instead of running initdb and the migrations again.
 */
export default async function globalSetup(): Promise<void> {
  // E2E_EMPTY_DATA=1: every workbench starts on an empty folder (and a run of checks that start none, like
  // the container image's, does not need the build)
  if (process.env.E2E_EMPTY_DATA === '1') return;
  const started = Date.now();
  // initdb and every migration: far longer than a journey's start on a busy machine
  const server = await startWorkbench({ empty: true, keepData: true, startTimeoutMs: 240_000 });
  const coldStart = server.databaseStartMs();
  await server.stop();
  process.env[DATA_TEMPLATE_ENV] = server.dataDir;
  console.log(`\nbrowser journeys: data folder template made in ${Date.now() - started} ms (embedded PostgreSQL cold start ${coldStart} ms)`);
}

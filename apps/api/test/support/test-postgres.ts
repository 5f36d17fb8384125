import * as os from 'node:os';
import * as path from 'node:path';
import * as fs from 'node:fs';
import * as net from 'node:net';
import { DataSource } from 'typeorm';
import { startEmbeddedPostgres, type RunningPostgres } from '../../src/database/embedded-postgres';
import { dataSourceOptions } from '../../src/database/data-source-options';

import { TEMPLATE_DATABASE } from './test-database-names';
export { SERVER_URL_ENV, TEMPLATE_DATABASE } from './test-database-names';

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

/** A real PostgreSQL for the test run, with a migrated template database each test file copies. */
export async function startTestPostgres(): Promise<RunningPostgres & { dataDir: string }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'interlinea-test-pg-'));
  fs.chmodSync(dataDir, 0o755);
  const pg = await startEmbeddedPostgres(dataDir, await freePort(), TEMPLATE_DATABASE);
  const migrate = new DataSource(dataSourceOptions(pg.url));
  await migrate.initialize();
  await migrate.destroy();
  return { ...pg, dataDir };
}

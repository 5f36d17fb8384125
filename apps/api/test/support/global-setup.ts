import { SERVER_URL_ENV, startTestPostgres } from './test-postgres';

export default async function globalSetup(): Promise<void> {
  const pg = await startTestPostgres();
  process.env[SERVER_URL_ENV] = pg.url;
  (globalThis as Record<string, unknown>).__interlineaPostgres = pg;
}

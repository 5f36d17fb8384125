import { PgBossService } from '../../src/modules/jobs/pg-boss.service';
import type { SegmentRow } from '@interlinea/shared';
import { createTestApp, type TestApp } from './test-app';
import { TestBrowser } from './test-browser';
import type { FakeDeeplServer } from '@interlinea/testing-deepl';

/** Settings that keep MT tests fast: few retries, short timeouts, quick lease expiry. */
export function deeplEnv(server: FakeDeeplServer, key = 'test-key', extra: Record<string, string> = {}): Record<string, string> {
  return {
    DEEPL_AUTH_KEY: key,
    DEEPL_SERVER_URL: server.url,
    DEEPL_MAX_RETRIES: '3',
    DEEPL_TIMEOUT_MS: '2000',
    JOB_LEASE_SECONDS: '2',
    JOB_SWEEP_SECONDS: '0.5',
    ...extra,
  };
}

export function createMtTestApp(server: FakeDeeplServer, key = 'test-key', extra: Record<string, string> = {}): Promise<TestApp> {
  return createTestApp(deeplEnv(server, key, extra));
}

/** Another API process on the database of `t` (as after a restart, or a second replica). */
export function startAppOnSameDatabase(t: TestApp, env: Record<string, string>): Promise<TestApp> {
  return createTestApp(env, t.database);
}

/**
 * The API process dies: its queue workers are dropped without finishing, its database connections
 * are cut, nothing is cleaned up. Whatever a handler was doing cannot write anything any more.
 */
export async function crash(t: TestApp): Promise<void> {
  await t.app.get(PgBossService).stop(false);
  await t.db.destroy();
  await t.app.close().catch(() => undefined);
}

export const LEAFLET = ['Workers of the world, unite!', 'The council met on Monday.', 'Down with capitalism!', 'All power to the councils!'].join(' ');

export async function uploadLeaflet(
  manager: TestBrowser,
  projectId: string,
  text = LEAFLET,
  lang = 'de',
): Promise<{ documentId: string; segments: SegmentRow[] }> {
  const upload = await manager.upload(`/api/projects/${projectId}/documents`, 'leaflet.txt', text).expect(201);
  const segments = (await manager.get(`/api/documents/${upload.body.id}/segments?lang=${lang}`).expect(200)).body as SegmentRow[];
  return { documentId: upload.body.id, segments };
}

export async function waitFor<T>(what: string, probe: () => Promise<T | undefined | null | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** How `promise` settled, or a failure naming `what` if it has not settled within `timeoutMs`. */
export async function settledWithin<T>(what: string, promise: Promise<T>, timeoutMs: number): Promise<PromiseSettledResult<T>> {
  const failure = new Error(`timed out after ${timeoutMs} ms waiting for ${what}`); // made here, for the caller's line in its stack
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(failure), timeoutMs);
  });
  try {
    const [settled] = await Promise.race([Promise.allSettled([promise]), timeout]);
    return settled;
  } finally {
    clearTimeout(timer);
  }
}

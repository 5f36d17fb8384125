import type { Translation } from '@interlinea/shared';
import { ApiRequestError } from '../../../api/api-request-error';
import { fixtures } from '../../../test/fixtures';
import { memoryChangeBackend } from './change-backend';
import { Connection } from './connection';
import { flushQueue, type FlushHandlers } from './flush-queue';
import { OfflineQueueStore } from './offline-queue-store';
import type { QueuedChange } from './queued-change';

const SCOPE = { userId: 'u1', documentId: 'd1', lang: 'ru' as const };

function translation(text: string, version: number): Translation {
  return fixtures.translation({ text, version, authorName: 'Boris' });
}

function conflict(current: Translation): ApiRequestError {
  return new ApiRequestError(409, 'VERSION_CONFLICT', 'changed meanwhile', { current, submitted: null });
}

describe('flushing the offline queue', () => {
  let store: OfflineQueueStore;
  let connection: Connection;
  let sent: QueuedChange[];
  let saved: Array<[string, number]>;
  let conflicts: Array<[string, string]>;

  const handlers = (answer: (change: QueuedChange) => Translation | Error): FlushHandlers => ({
    send: (change) => {
      sent.push(change);
      const result = answer(change);
      return result instanceof Error ? Promise.reject(result) : Promise.resolve(result);
    },
    onSaved: (change, translationNow) => saved.push([change.segmentId, translationNow.version]),
    onConflict: (change, theirs) => conflicts.push([change.text, theirs.text]),
  });

  const queue = async (...edits: Array<[string, string, number]>) => {
    for (const [segmentId, text, baseVersion] of edits) {
      await store.enqueue({ ...SCOPE, segmentId, text, status: 'translated', baseVersion });
    }
  };

  beforeEach(() => {
    store = new OfflineQueueStore(Promise.resolve(memoryChangeBackend()));
    connection = new Connection(() => Promise.resolve(new Response('{}', { status: 200 })), null);
    sent = [];
    saved = [];
    conflicts = [];
  });

  afterEach(() => connection.dispose());

  it('sends the changes in order, each with its base version, and empties the queue', async () => {
    await queue(['s2', 'два', 4], ['s1', 'один', 0], ['s3', 'три', 7]);

    await flushQueue(
      store,
      connection,
      SCOPE,
      handlers((c) => translation(c.text, c.baseVersion + 1)),
    );

    expect(sent.map((c) => [c.segmentId, c.baseVersion])).toEqual([
      ['s2', 4],
      ['s1', 0],
      ['s3', 7],
    ]);
    expect(saved).toEqual([
      ['s2', 5],
      ['s1', 1],
      ['s3', 8],
    ]);
    expect(await store.load(SCOPE.userId, SCOPE.documentId)).toEqual([]);
  });

  it('stops at a lost connection and keeps what was not sent', async () => {
    await queue(['s1', 'один', 0], ['s2', 'два', 0], ['s3', 'три', 0]);
    let calls = 0;
    const answer = (c: QueuedChange) => (++calls === 2 ? new ApiRequestError(0, 'NETWORK_ERROR', 'network error', null) : translation(c.text, 1));

    await flushQueue(store, connection, SCOPE, handlers(answer));

    expect(sent.map((c) => c.segmentId)).toEqual(['s1', 's2']);
    expect(connection.state.status).toBe('offline');
    expect((await store.load(SCOPE.userId, SCOPE.documentId)).map((c) => c.segmentId)).toEqual(['s2', 's3']);
  });

  it('waits for Retry-After on a 503 and keeps the change', async () => {
    await queue(['s1', 'один', 0]);
    const unavailable = new ApiRequestError(503, 'DATABASE_UNAVAILABLE', 'database away', { retryAfterSeconds: 5 }, 2);

    await flushQueue(
      store,
      connection,
      SCOPE,
      handlers(() => unavailable),
    );

    expect(connection.state.status).toBe('unavailable');
    expect(connection.state.retryAt! - Date.now()).toBeGreaterThan(1_000);
    expect(connection.state.retryAt! - Date.now()).toBeLessThanOrEqual(2_000);
    expect(await store.load(SCOPE.userId, SCOPE.documentId)).toHaveLength(1);
  });

  it('hands a conflict over with both texts and goes on with the rest', async () => {
    await queue(['s1', 'моё', 2], ['s2', 'два', 0]);
    const answer = (c: QueuedChange) => (c.segmentId === 's1' ? conflict(translation('чужое', 3)) : translation(c.text, 1));

    await flushQueue(store, connection, SCOPE, handlers(answer));

    expect(conflicts).toEqual([['моё', 'чужое']]);
    expect(saved).toEqual([['s2', 1]]);
    expect(await store.load(SCOPE.userId, SCOPE.documentId)).toEqual([]);
  });

  it('takes a conflict with its own text (sent before the tab closed) as saved', async () => {
    await queue(['s1', 'моё', 2]);

    await flushQueue(
      store,
      connection,
      SCOPE,
      handlers(() => conflict(translation('моё', 3))),
    );

    expect(conflicts).toEqual([]);
    expect(saved).toEqual([['s1', 3]]);
  });

  it('keeps a refused change visible with its reason and sends the others', async () => {
    await queue(['s1', 'x'.repeat(10), 0], ['s2', 'два', 0]);
    const refused = new ApiRequestError(422, 'VALIDATION_FAILED', 'text: too long', null);
    const answer = (c: QueuedChange) => (c.segmentId === 's1' ? refused : translation(c.text, 1));

    await flushQueue(store, connection, SCOPE, handlers(answer));
    await flushQueue(store, connection, SCOPE, handlers(answer));

    const left = await store.load(SCOPE.userId, SCOPE.documentId);
    expect(left.map((c) => [c.segmentId, c.error?.message])).toEqual([['s1', 'text: too long']]);
    // refused once, not sent again by the next flush
    expect(sent.map((c) => c.segmentId)).toEqual(['s1', 's2']);
  });
});

import type { Language, Translation } from '@interlinea/shared';
import type { Connection } from './connection';
import type { OfflineQueueStore } from './offline-queue-store';
import type { QueuedChange } from './queued-change';
import { classifySaveFailure } from './save-failure';

/** Whose queue, of which document and edition. */
export interface QueueScope {
  userId: string;
  documentId: string;
  lang: Language;
}

export interface FlushHandlers {
  /** Sends one change with its base version; resolves with the translation the server now holds. */
  send: (change: QueuedChange) => Promise<Translation>;
  onSaved: (change: QueuedChange, saved: Translation) => void;
  /** Someone saved the segment after the change's base version: both texts go to the translator. */
  onConflict: (change: QueuedChange, theirs: Translation) => void;
}

type Outcome = 'next' | 'stop';

/** Only one flush of a queue at a time, also across this browser's tabs (where Web Locks exist). */
async function exclusively(name: string, work: () => Promise<void>): Promise<void> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return work();
  await locks.request(name, work);
}

async function sendOne(change: QueuedChange, store: OfflineQueueStore, connection: Connection, handlers: FlushHandlers): Promise<Outcome> {
  try {
    const saved = await handlers.send(change);
    connection.reportReachable();
    await store.settle(change, saved.version);
    handlers.onSaved(change, saved);
    return 'next';
  } catch (cause) {
    const failure = classifySaveFailure(cause);
    switch (failure.kind) {
      case 'offline':
        connection.reportNetworkFailure();
        return 'stop';
      case 'unavailable':
        connection.reportUnavailable(failure.retryAfter);
        return 'stop';
      case 'signed-out':
        return 'stop';
      case 'conflict': {
        const theirs = failure.current;
        // The same text and status are there already (this change landed before the tab was closed).
        if (theirs.text === change.text && theirs.status === change.status) {
          await store.settle(change, theirs.version);
          handlers.onSaved(change, theirs);
          return 'next';
        }
        // The latest text of the segment goes to the conflict (it may have been edited while this was sent).
        const latest = (await store.load(change.userId, change.documentId)).find((c) => c.key === change.key) ?? change;
        await store.remove(change);
        handlers.onConflict(latest, theirs);
        return 'next';
      }
      case 'refused':
        await store.fail(change, failure.error);
        return 'next';
    }
  }
}

/**
 * Sends the waiting changes of one edition in order, oldest first, each with its base version: saved
 * ones leave the queue, a conflict goes to the translator (the rest goes on), a refused one stays with
 * its reason. Stops as soon as the connection is lost again; changes queued while sending go too.
 */
export async function flushQueue(store: OfflineQueueStore, connection: Connection, scope: QueueScope, handlers: FlushHandlers): Promise<void> {
  await exclusively(`interlinea-offline:${scope.userId}:${scope.documentId}`, async () => {
    const tried = new Set<number>();
    for (;;) {
      if (connection.state.status !== 'online') return;
      // Read again each time: another tab, or the editor meanwhile, may have changed the queue.
      const queue = await store.load(scope.userId, scope.documentId);
      const next = queue.find((c) => c.lang === scope.lang && !c.error && !tried.has(c.seq));
      if (!next) return;
      tried.add(next.seq);
      if ((await sendOne(next, store, connection, handlers)) === 'stop') return;
    }
  });
}

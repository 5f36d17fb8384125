import type { Language, SaveTranslationRequest, Translation } from '@interlinea/shared';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { ConnectionState } from '../utils/connection';
import { flushQueue } from '../utils/flush-queue';
import { offlineQueueStore, pageConnection } from '../utils/offline-services';
import type { QueuedChange } from '../utils/queued-change';
import { classifySaveFailure, isTransient } from '../utils/save-failure';

export interface OfflineQueueOptions {
  /** Whose changes (the signed-in user; '' while unknown: nothing is queued). */
  userId: string;
  documentId: string;
  lang: Language;
  /** Sends one change with its base version (the editor's save call, without the queue). */
  send: (change: QueuedChange) => Promise<Translation>;
  /** A change found in the queue when the edition opens: its text goes back into its segment. */
  onRestore: (change: QueuedChange) => void;
  onSaved: (change: QueuedChange, saved: Translation) => void;
  onConflict: (change: QueuedChange, theirs: Translation) => void;
}

export interface OfflineQueue {
  connection: ConnectionState;
  /** This edition's waiting (and refused) changes, oldest first. */
  changes: readonly QueuedChange[];
  /** Waiting changes are being sent now. */
  sending: boolean;
  /** Saves of this segment go to the queue instead of the server: offline, or older changes still wait. */
  mustWait: (segmentId: string) => boolean;
  /** Puts a save into the queue (sent at once when the connection allows). */
  enqueue: (segmentId: string, request: SaveTranslationRequest) => Promise<void>;
  /**
   * After a failed save: when the connection was lost or the server is away (503), the change goes into
   * the queue and the answer is true; other failures are the caller's to show.
   */
  keepFailed: (segmentId: string, request: SaveTranslationRequest, cause: unknown) => boolean;
}

const NO_CHANGES: readonly QueuedChange[] = [];

/**
 * The offline queue of one edition: changes saved while the API could not be reached wait in this
 * browser's IndexedDB (they outlive a reload and a closed tab), come back into their segments when the
 * edition opens, and are sent in order when the connection returns.
 */
export function useOfflineQueue(options: OfflineQueueOptions): OfflineQueue {
  const { userId, documentId, lang } = options;
  const store = offlineQueueStore();
  const connection = pageConnection();
  const handlers = useRef(options);
  handlers.current = options;
  const [sending, setSending] = useState(false);
  const flushing = useRef(false);
  const again = useRef(false);

  const state = useSyncExternalStore(connection.subscribe, () => connection.state);
  const all = useSyncExternalStore(store.subscribe, () => (userId ? store.snapshot(userId, documentId) : NO_CHANGES));
  const changes = useMemo(() => all.filter((c) => c.lang === lang), [all, lang]);

  const flush = useCallback(async () => {
    if (!userId) return;
    if (flushing.current) {
      again.current = true;
      return;
    }
    flushing.current = true;
    setSending(true);
    try {
      do {
        again.current = false;
        await flushQueue(
          store,
          connection,
          { userId, documentId, lang },
          {
            send: (change) => handlers.current.send(change),
            onSaved: (change, saved) => handlers.current.onSaved(change, saved),
            onConflict: (change, theirs) => handlers.current.onConflict(change, theirs),
          },
        );
      } while (again.current && connection.state.status === 'online');
    } catch {
      // The browser's storage failed: what waits stays where it is, for the next try.
    } finally {
      flushing.current = false;
      setSending(false);
    }
  }, [store, connection, userId, documentId, lang]);

  // Opening the edition: changes left from before (a reload, a closed tab) show in their segments and go.
  useEffect(() => {
    if (!userId) return;
    let cancelled = false;
    void store.load(userId, documentId).then((loaded) => {
      if (cancelled) return;
      loaded.filter((c) => c.lang === lang).forEach((c) => handlers.current.onRestore(c));
      void flush();
    });
    return () => {
      cancelled = true;
    };
  }, [store, userId, documentId, lang, flush]);

  // Back online: send what waits.
  useEffect(() => {
    if (state.status === 'online') void flush();
  }, [state.status, flush]);

  const enqueue = useCallback(
    async (segmentId: string, request: SaveTranslationRequest) => {
      const { text, status, version, ...provenance } = request;
      try {
        await store.enqueue({ userId, documentId, lang, segmentId, text, status, baseVersion: version, provenance });
      } catch {
        // The browser refused the write (storage full): the text stays in the segment as unsaved text.
        return;
      }
      if (connection.state.status === 'online') void flush();
    },
    [store, connection, userId, documentId, lang, flush],
  );

  // Read from stable callbacks: the saver's `save` need not change whenever the queue does.
  const latest = useRef({ status: state.status, changes });
  latest.current = { status: state.status, changes };

  const mustWait = useCallback(
    (segmentId: string) => {
      const { status, changes: waiting } = latest.current;
      return userId !== '' && (status !== 'online' || waiting.some((c) => !c.error || c.segmentId === segmentId));
    },
    [userId],
  );

  const keepFailed = useCallback(
    (segmentId: string, request: SaveTranslationRequest, cause: unknown) => {
      const failure = classifySaveFailure(cause);
      if (!userId || !isTransient(failure)) return false;
      if (failure.kind === 'offline') connection.reportNetworkFailure();
      if (failure.kind === 'unavailable') connection.reportUnavailable(failure.retryAfter);
      void enqueue(segmentId, request);
      return true;
    },
    [userId, connection, enqueue],
  );

  return useMemo(() => ({ connection: state, changes, sending, mustWait, enqueue, keepFailed }), [state, changes, sending, mustWait, enqueue, keepFailed]);
}

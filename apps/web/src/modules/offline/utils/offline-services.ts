import { Connection } from './connection';
import { OfflineQueueStore } from './offline-queue-store';

let store: OfflineQueueStore | null = null;
let connection: Connection | null = null;

/** The page's one queue store (opened on first use, not when the app loads). */
export function offlineQueueStore(): OfflineQueueStore {
  store ??= new OfflineQueueStore();
  return store;
}

/** The page's one view of its connection to the API. */
export function pageConnection(): Connection {
  connection ??= new Connection();
  return connection;
}

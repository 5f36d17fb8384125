import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { QueuedChange } from './queued-change';

/** Where queued changes are kept: IndexedDB in a browser, memory where it is missing (or blocked). */
export interface ChangeBackend {
  /** Reads the change under `key`, lets `next` decide its replacement (null deletes it), in one transaction. */
  update(key: string, next: (existing: QueuedChange | undefined) => QueuedChange | null): Promise<QueuedChange | null>;
  /** The changes of one user in one document, in no particular order. */
  listDocument(userId: string, documentId: string): Promise<QueuedChange[]>;
  close(): void;
}

const DATABASE = 'interlinea-offline';
const STORE = 'changes';

interface OfflineSchema extends DBSchema {
  changes: { key: string; value: QueuedChange; indexes: { byDocument: [string, string] } };
}

class IndexedDbBackend implements ChangeBackend {
  constructor(private readonly db: IDBPDatabase<OfflineSchema>) {}

  async update(key: string, next: (existing: QueuedChange | undefined) => QueuedChange | null): Promise<QueuedChange | null> {
    const tx = this.db.transaction(STORE, 'readwrite');
    const replacement = next(await tx.store.get(key));
    if (replacement) await tx.store.put(replacement);
    else await tx.store.delete(key);
    await tx.done;
    return replacement;
  }

  listDocument(userId: string, documentId: string): Promise<QueuedChange[]> {
    return this.db.getAllFromIndex(STORE, 'byDocument', [userId, documentId]);
  }

  close(): void {
    this.db.close();
  }
}

class MemoryBackend implements ChangeBackend {
  private readonly changes = new Map<string, QueuedChange>();

  update(key: string, next: (existing: QueuedChange | undefined) => QueuedChange | null): Promise<QueuedChange | null> {
    const replacement = next(this.changes.get(key));
    if (replacement) this.changes.set(key, replacement);
    else this.changes.delete(key);
    return Promise.resolve(replacement);
  }

  listDocument(userId: string, documentId: string): Promise<QueuedChange[]> {
    return Promise.resolve([...this.changes.values()].filter((c) => c.userId === userId && c.documentId === documentId));
  }

  close(): void {}
}

/** Opens the browser's queue database (version 1: one store of changes, indexed by user and document). */
export async function openChangeBackend(): Promise<ChangeBackend> {
  if (typeof indexedDB === 'undefined') return new MemoryBackend();
  try {
    const db = await openDB<OfflineSchema>(DATABASE, 1, {
      upgrade(database) {
        const store = database.createObjectStore(STORE, { keyPath: 'key' });
        store.createIndex('byDocument', ['userId', 'documentId']);
      },
    });
    return new IndexedDbBackend(db);
  } catch {
    // Storage refused (private mode of some browsers): changes still wait, for as long as the page lives.
    return new MemoryBackend();
  }
}

export function memoryChangeBackend(): ChangeBackend {
  return new MemoryBackend();
}

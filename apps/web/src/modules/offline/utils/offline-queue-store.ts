import type { ChangeBackend } from './change-backend';
import { openChangeBackend } from './change-backend';
import { changeKey, documentKey, type NewChange, type QueuedChange } from './queued-change';

type Listener = () => void;

const NONE: readonly QueuedChange[] = [];

const bySeq = (a: QueuedChange, b: QueuedChange) => a.seq - b.seq;

/**
 * The durable queue of saves the server has not taken yet, per user and document. Two changes of one
 * segment collapse into one: the last text and status, over the first one's base version, so a save
 * someone else made in between still comes back as a conflict. A copy of each loaded document's queue
 * is kept in memory for rendering (`snapshot`), refreshed after every write.
 */
export class OfflineQueueStore {
  private readonly listeners = new Set<Listener>();
  private readonly snapshots = new Map<string, readonly QueuedChange[]>();
  private lastSeq = 0;

  constructor(private readonly backend: Promise<ChangeBackend> = openChangeBackend()) {}

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The loaded queue of one document, oldest first (a stable array until it changes). */
  snapshot(userId: string, documentId: string): readonly QueuedChange[] {
    return this.snapshots.get(documentKey(userId, documentId)) ?? NONE;
  }

  /** Reads the document's queue from storage (it may have been written before a reload, or by another tab). */
  async load(userId: string, documentId: string): Promise<readonly QueuedChange[]> {
    const changes = (await (await this.backend).listDocument(userId, documentId)).sort(bySeq);
    const key = documentKey(userId, documentId);
    const previous = this.snapshots.get(key) ?? NONE;
    // A new snapshot only when something changed: renders compare them by identity.
    if (JSON.stringify(previous) !== JSON.stringify(changes)) {
      this.snapshots.set(key, changes.length ? changes : NONE);
      this.listeners.forEach((l) => l());
    }
    return this.snapshot(userId, documentId);
  }

  /** Puts a change in the queue, collapsing it with a waiting change of the same segment. */
  async enqueue(change: NewChange): Promise<QueuedChange> {
    const key = changeKey(change);
    const seq = this.nextSeq();
    const stored = await (
      await this.backend
    ).update(key, (existing) => ({
      ...change,
      key,
      seq,
      baseVersion: existing ? existing.baseVersion : change.baseVersion,
      queuedAt: existing?.queuedAt ?? new Date().toISOString(),
    }));
    await this.load(change.userId, change.documentId);
    return stored as QueuedChange;
  }

  /**
   * The server took `sent` (now at `savedVersion`): it leaves the queue. A change of the same segment
   * queued while it was on its way stays, now over the version that save made.
   */
  async settle(sent: QueuedChange, savedVersion: number): Promise<void> {
    await (await this.backend).update(sent.key, (current) => (!current || current.seq === sent.seq ? null : { ...current, baseVersion: savedVersion }));
    await this.load(sent.userId, sent.documentId);
  }

  /** Marks `sent` as refused by the server, unless it was edited again meanwhile. */
  async fail(sent: QueuedChange, error: NonNullable<QueuedChange['error']>): Promise<void> {
    await (await this.backend).update(sent.key, (current) => (current && current.seq === sent.seq ? { ...current, error } : (current ?? null)));
    await this.load(sent.userId, sent.documentId);
  }

  /** Drops the segment's change, whatever its state (a conflict decided, the text discarded). */
  async remove(change: Pick<QueuedChange, 'key' | 'userId' | 'documentId'>): Promise<void> {
    await (await this.backend).update(change.key, () => null);
    await this.load(change.userId, change.documentId);
  }

  async close(): Promise<void> {
    (await this.backend).close();
  }

  private nextSeq(): number {
    this.lastSeq = Math.max(Date.now() * 1000, this.lastSeq + 1);
    return this.lastSeq;
  }
}

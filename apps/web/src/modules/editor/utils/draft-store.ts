type Listener = () => void;

/** Unsaved text of one segment, and the translation version it was typed over. */
interface Draft {
  text: string;
  version: number;
  /** Read back from this browser's storage after a reload, not typed in this visit. */
  restored: boolean;
}

type StoredDrafts = Record<string, { text: string; version: number; at: number }>;

const STORAGE_PREFIX = 'interlinea.drafts.';
const WRITE_DELAY_MS = 400;
const EMPTY_TEXTS: ReadonlyMap<string, string> = new Map();
const EMPTY_IDS: ReadonlySet<string> = new Set();

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * Unsaved text per segment, kept outside React so it survives moving between segments, switching the
 * edition and leaving the editor, and written to localStorage (debounced) so it survives a reload or
 * a crash: typed text is never lost until it is saved or discarded.
 * Keyed by edition (`documentId:lang`), then by segment id. Holds only text that differs from the
 * saved translation, so "anything here" means "unsaved changes".
 */
class DraftStore {
  private readonly editions = new Map<string, ReadonlyMap<string, Draft>>();
  private readonly textSnapshots = new Map<string, ReadonlyMap<string, string>>();
  private readonly restoredSnapshots = new Map<string, ReadonlySet<string>>();
  private readonly listeners = new Set<Listener>();
  private readonly unwritten = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor() {
    if (typeof window !== 'undefined') window.addEventListener('pagehide', () => this.flush());
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Unsaved text per segment id (a stable snapshot until something changes). */
  get(edition: string): ReadonlyMap<string, string> {
    const drafts = this.editions.get(edition);
    if (!drafts) return EMPTY_TEXTS;
    let texts = this.textSnapshots.get(edition);
    if (!texts) {
      texts = new Map([...drafts].map(([id, draft]) => [id, draft.text]));
      this.textSnapshots.set(edition, texts);
    }
    return texts;
  }

  /** Segments whose unsaved text was restored from storage after a reload. */
  restored(edition: string): ReadonlySet<string> {
    const drafts = this.editions.get(edition);
    if (!drafts) return EMPTY_IDS;
    let ids = this.restoredSnapshots.get(edition);
    if (!ids) {
      ids = new Set([...drafts].filter(([, draft]) => draft.restored).map(([id]) => id));
      this.restoredSnapshots.set(edition, ids);
    }
    return ids;
  }

  /** The translation version the unsaved text was typed over: a save sends it, so a stale one gets 409. */
  baseVersion(edition: string, segmentId: string): number | undefined {
    return this.editions.get(edition)?.get(segmentId)?.version;
  }

  /** Whether any edition holds unsaved text; `isSafe` leaves out drafts kept elsewhere (waiting in the offline queue). */
  hasUnsaved(isSafe?: (edition: string, segmentId: string, text: string) => boolean): boolean {
    for (const [edition, drafts] of this.editions) {
      for (const [segmentId, draft] of drafts) if (!isSafe?.(edition, segmentId, draft.text)) return true;
    }
    return false;
  }

  /** Records typed text over the saved translation (`savedText`, `version`); text equal to it is not a draft. */
  set(edition: string, segmentId: string, text: string, savedText: string, version: number): void {
    const drafts = this.editions.get(edition) ?? new Map<string, Draft>();
    const existing = drafts.get(segmentId);
    if (text === savedText ? !existing : existing?.text === text) return;
    const next = new Map(drafts);
    if (text === savedText) next.delete(segmentId);
    else next.set(segmentId, { text, version: existing?.version ?? version, restored: existing?.restored ?? false });
    this.replace(edition, next);
  }

  /** After a save: drops the draft if it is what was saved; text typed since then stays, now over `version`. */
  settle(edition: string, segmentId: string, savedText: string, version: number): void {
    const draft = this.editions.get(edition)?.get(segmentId);
    if (!draft) return;
    if (draft.text === savedText) return this.discard(edition, segmentId);
    const next = new Map(this.editions.get(edition));
    next.set(segmentId, { ...draft, version, restored: false });
    this.replace(edition, next);
  }

  discard(edition: string, segmentId: string): void {
    const drafts = this.editions.get(edition);
    if (!drafts?.has(segmentId)) return;
    const next = new Map(drafts);
    next.delete(segmentId);
    this.replace(edition, next);
    this.flush();
  }

  /**
   * Reads an edition's drafts back from storage (once per page). `savedTextOf` tells a segment's
   * saved translation, or undefined when the segment is gone (split, merged): those drafts, and
   * drafts equal to what is saved, are dropped.
   */
  restore(edition: string, savedTextOf: (segmentId: string) => string | undefined): void {
    const stored = this.read(edition);
    const drafts = new Map(this.editions.get(edition) ?? []);
    let changed = false;
    for (const [segmentId, entry] of Object.entries(stored)) {
      const saved = savedTextOf(segmentId);
      if (drafts.has(segmentId)) continue;
      changed = true;
      if (saved === undefined || saved === entry.text) continue;
      drafts.set(segmentId, { text: entry.text, version: entry.version, restored: true });
    }
    if (!changed) return;
    this.editions.set(edition, drafts);
    this.forgetSnapshots(edition);
    this.unwritten.add(edition);
    this.flush();
  }

  /** Whether this browser keeps unsaved text of the edition, restored or not yet. */
  hasAny(edition: string): boolean {
    return (this.editions.get(edition)?.size ?? 0) > 0 || Object.keys(this.read(edition)).length > 0;
  }

  /** Writes pending changes to storage now (also done on `pagehide`). */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const store = storage();
    for (const edition of this.unwritten) {
      const drafts = this.editions.get(edition);
      try {
        if (!drafts || drafts.size === 0) store?.removeItem(STORAGE_PREFIX + edition);
        else {
          const entries: StoredDrafts = {};
          for (const [id, draft] of drafts) entries[id] = { text: draft.text, version: draft.version, at: Date.now() };
          store?.setItem(STORAGE_PREFIX + edition, JSON.stringify(entries));
        }
      } catch {
        // Storage full or blocked: the text is still in memory and the page warns before closing.
      }
    }
    this.unwritten.clear();
  }

  /** What a page reload does to memory: storage is written, memory forgotten (for tests of restoring). */
  dropMemory(): void {
    this.flush();
    this.editions.clear();
    this.textSnapshots.clear();
    this.restoredSnapshots.clear();
    this.listeners.forEach((l) => l());
  }

  /** Forgets every draft, in memory and in storage. */
  clearAll(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.unwritten.clear();
    this.editions.clear();
    this.textSnapshots.clear();
    this.restoredSnapshots.clear();
    const store = storage();
    if (store) for (const key of Object.keys(store).filter((k) => k.startsWith(STORAGE_PREFIX))) store.removeItem(key);
    this.listeners.forEach((l) => l());
  }

  private read(edition: string): StoredDrafts {
    try {
      const raw = storage()?.getItem(STORAGE_PREFIX + edition);
      const parsed: unknown = raw ? JSON.parse(raw) : {};
      if (!parsed || typeof parsed !== 'object') return {};
      return Object.fromEntries(
        Object.entries(parsed as Record<string, unknown>).filter(
          (e): e is [string, StoredDrafts[string]] =>
            typeof e[1] === 'object' &&
            e[1] !== null &&
            typeof (e[1] as { text?: unknown }).text === 'string' &&
            typeof (e[1] as { version?: unknown }).version === 'number',
        ),
      );
    } catch {
      return {};
    }
  }

  private forgetSnapshots(edition: string): void {
    this.textSnapshots.delete(edition);
    this.restoredSnapshots.delete(edition);
  }

  private replace(edition: string, drafts: ReadonlyMap<string, Draft>): void {
    if (drafts.size === 0) this.editions.delete(edition);
    else this.editions.set(edition, drafts);
    this.forgetSnapshots(edition);
    this.unwritten.add(edition);
    if (!this.timer) this.timer = setTimeout(() => this.flush(), WRITE_DELAY_MS);
    this.listeners.forEach((l) => l());
  }
}

/** The one draft store of the page. */
export const draftStore = new DraftStore();

type Listener = () => void;

const EMPTY: ReadonlyMap<string, string> = new Map();

/**
 * Unsaved text per segment, kept outside React so it survives moving between segments, switching
 * the edition and leaving the editor: typed text is never lost until it is saved or discarded.
 * Keyed by edition (`documentId:lang`), then by segment id. Holds only text that differs from the
 * saved translation, so "anything here" means "unsaved changes".
 */
class DraftStore {
  private readonly editions = new Map<string, ReadonlyMap<string, string>>();
  private readonly listeners = new Set<Listener>();

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get(edition: string): ReadonlyMap<string, string> {
    return this.editions.get(edition) ?? EMPTY;
  }

  hasUnsaved(): boolean {
    for (const drafts of this.editions.values()) if (drafts.size > 0) return true;
    return false;
  }

  /** Records typed text; text equal to the saved translation is not a draft. */
  set(edition: string, segmentId: string, text: string, savedText: string): void {
    const drafts = this.get(edition);
    if (text === savedText ? !drafts.has(segmentId) : drafts.get(segmentId) === text) return;
    const next = new Map(drafts);
    if (text === savedText) next.delete(segmentId);
    else next.set(segmentId, text);
    this.replace(edition, next);
  }

  /** After a save: drops the draft if it is what was saved (text typed since then stays). */
  settle(edition: string, segmentId: string, savedText: string): void {
    if (this.get(edition).get(segmentId) === savedText) this.discard(edition, segmentId);
  }

  discard(edition: string, segmentId: string): void {
    const drafts = this.get(edition);
    if (!drafts.has(segmentId)) return;
    const next = new Map(drafts);
    next.delete(segmentId);
    this.replace(edition, next);
  }

  clearAll(): void {
    this.editions.clear();
    this.listeners.forEach((l) => l());
  }

  private replace(edition: string, drafts: ReadonlyMap<string, string>): void {
    if (drafts.size === 0) this.editions.delete(edition);
    else this.editions.set(edition, drafts);
    this.listeners.forEach((l) => l());
  }
}

/** The one draft store of the page. */
export const draftStore = new DraftStore();

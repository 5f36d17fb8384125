/**
 * "The grid of this document shows its first rows in every column": the rest of a segment list is
 * read only after that, so parsing and appending pages of 2,000 rows never delays the first page of
 * the edition beside it. A grid that does not come (an error, a page left) releases the wait after
 * a while all the same.
 */
const WAIT_AT_MOST_MS = 3000;

const shown = new Set<string>();
const waiting = new Map<string, Set<() => void>>();

/** Resolves once the document's grid shows its first rows (at once if it does already). */
export function firstRowsShown(documentId: string): Promise<void> {
  if (shown.has(documentId)) return Promise.resolve();
  return new Promise((resolve) => {
    const waiters = waiting.get(documentId) ?? new Set();
    waiting.set(documentId, waiters);
    const release = () => {
      clearTimeout(timer);
      waiters.delete(release);
      resolve();
    };
    const timer = setTimeout(release, WAIT_AT_MOST_MS);
    waiters.add(release);
  });
}

/** The document's grid shows its first rows (true) or is gone (false). */
export function markFirstRowsShown(documentId: string, isShown: boolean): void {
  if (!isShown) {
    shown.delete(documentId);
    return;
  }
  shown.add(documentId);
  for (const release of [...(waiting.get(documentId) ?? [])]) release();
  waiting.delete(documentId);
}

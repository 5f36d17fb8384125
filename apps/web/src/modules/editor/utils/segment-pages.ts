import type { SegmentRow } from '@interlinea/shared';

/** The first page is small, so the first rows show at once; the rest come in larger pages behind it. */
export const FIRST_PAGE = 100;
export const NEXT_PAGE = 2000;

export type PageReader = (offset: number, limit: number) => Promise<SegmentRow[]>;

/** What a page answer says about the list: more to read after it, or the list is complete. */
export function pageOutcome(page: readonly SegmentRow[], limit: number): 'more' | 'complete' | 'whole-list' {
  // A server (or a test double) that ignores paging answers everything at once: that is the whole list.
  if (page.length > limit) return 'whole-list';
  return page.length < limit ? 'complete' : 'more';
}

/**
 * Reads the pages after the first one in order, handing each to `append`, until a page is short.
 * Stops quietly when `current()` turns false (the list was reloaded or left behind).
 */
export async function readRemainingPages(read: PageReader, from: number, append: (page: SegmentRow[]) => void, current: () => boolean): Promise<boolean> {
  for (let offset = from; current();) {
    const page = await read(offset, NEXT_PAGE);
    if (!current()) return false;
    append(page);
    if (pageOutcome(page, NEXT_PAGE) !== 'more') return true;
    offset += page.length;
  }
  return false;
}

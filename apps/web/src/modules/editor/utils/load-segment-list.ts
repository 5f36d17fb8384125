import type { Language, SegmentRow } from '@interlinea/shared';
import type { QueryClient } from '@tanstack/react-query';
import { segmentsApi } from '../../../api/segments-api';
import { firstRowsShown } from './first-rows-shown';
import { FIRST_PAGE, pageOutcome, readRemainingPages } from './segment-pages';
import { segmentsCompleteKey, segmentsQueryKey } from './segments-query-key';

/** Resolves once the browser has painted what the current work rendered (or soon, in a hidden tab). */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    if (typeof requestAnimationFrame !== 'function') return;
    requestAnimationFrame(() => setTimeout(() => (clearTimeout(timer), resolve()), 0));
  });
}

/** Which load of each list is the current one: an older load still reading pages stops appending. */
const loads = new Map<string, number>();

/**
 * Reads one edition's segment list into the query cache: the first page answers the query (the grid
 * shows it at once), the rest is read in the background and appended page by page. A reload (after
 * a split, a replace, a batch) reads the whole list and swaps it at once, so rows never vanish meanwhile.
 */
export async function loadSegmentList(client: QueryClient, documentId: string, lang: Language, signal: AbortSignal): Promise<SegmentRow[]> {
  const key = segmentsQueryKey(documentId, lang);
  const id = `${documentId}:${lang}`;
  const load = (loads.get(id) ?? 0) + 1;
  loads.set(id, load);
  const done = () => client.setQueryData(segmentsCompleteKey(documentId, lang), true);
  if (client.getQueryData(key)) {
    const rows = await segmentsApi.list(documentId, lang, signal);
    done();
    return rows;
  }
  client.setQueryData(segmentsCompleteKey(documentId, lang), false);
  const first = await segmentsApi.page(documentId, lang, 0, FIRST_PAGE, signal);
  if (pageOutcome(first, FIRST_PAGE) !== 'more') {
    done();
    return first;
  }
  const current = () => loads.get(id) === load && client.getQueryCache().find({ queryKey: key }) !== undefined;
  const append = (page: SegmentRow[]) => client.setQueryData<SegmentRow[]>(key, (rows) => (rows ? [...rows, ...page] : rows));
  // The rest is read once the first rows of every column are painted, so reading it does not delay them.
  const readRest = () => readRemainingPages((offset, limit) => segmentsApi.page(documentId, lang, offset, limit), first.length, append, current);
  void firstRowsShown(documentId)
    .then(afterNextPaint)
    .then(readRest)
    .then(
      (complete) => complete && done(),
      (cause: unknown) => {
        // The first rows are on screen: the whole list is read again in one go (a reload swaps it at once).
        if (!current()) return;
        console.warn('segment pages could not be read; reading the whole list', cause);
        void client.invalidateQueries({ queryKey: key });
      },
    );
  return first;
}

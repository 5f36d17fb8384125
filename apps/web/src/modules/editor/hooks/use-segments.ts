import type { Language, SegmentRow } from '@interlinea/shared';
import { skipToken, useQuery, useQueryClient, type QueryClient, type UseQueryResult } from '@tanstack/react-query';
import { segmentsApi } from '../../../api/segments-api';
import { FIRST_PAGE, pageOutcome, readRemainingPages } from '../utils/segment-pages';
import { segmentsCompleteKey, segmentsQueryKey } from '../utils/segments-query-key';

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

async function loadList(client: QueryClient, documentId: string, lang: Language, signal: AbortSignal): Promise<SegmentRow[]> {
  const key = segmentsQueryKey(documentId, lang);
  const id = `${documentId}:${lang}`;
  const load = (loads.get(id) ?? 0) + 1;
  loads.set(id, load);
  const done = () => client.setQueryData(segmentsCompleteKey(documentId, lang), true);
  // A reload (after a split, a replace, a batch) swaps the whole list at once, so rows never vanish meanwhile.
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
  // The rest is read once the first rows are painted, so reading it does not delay them.
  const readRest = () => readRemainingPages((offset, limit) => segmentsApi.page(documentId, lang, offset, limit), first.length, append, current);
  void afterNextPaint()
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

/**
 * Every segment of a document with its translation in one edition, read in pages: the first hundred
 * come (and show) at once, the rest follow in the background and are appended as they arrive. The
 * editor is the writer of this list (saves update it in place), so it is not refetched behind the
 * translator's back.
 */
export function useSegments(documentId: string, lang: Language | null): UseQueryResult<SegmentRow[]> {
  const client = useQueryClient();
  return useQuery({
    // no edition (no second column): a key of its own that never loads
    queryKey: lang ? segmentsQueryKey(documentId, lang) : ['segments', documentId, null],
    queryFn: lang ? ({ signal }) => loadList(client, documentId, lang, signal) : skipToken,
    staleTime: Infinity,
    gcTime: 5 * 60_000,
  });
}

/** True once every page of the list is in (the grid may still be showing the first ones). */
export function useSegmentsComplete(documentId: string, lang: Language | null): boolean {
  const complete = useQuery({
    queryKey: lang ? segmentsCompleteKey(documentId, lang) : ['segments-complete', documentId, null],
    queryFn: skipToken,
    staleTime: Infinity,
    gcTime: 5 * 60_000,
  });
  return complete.data !== false;
}

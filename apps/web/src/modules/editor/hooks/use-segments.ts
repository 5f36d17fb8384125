import type { Language, SegmentRow } from '@interlinea/shared';
import { skipToken, useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { SEGMENT_LIST_CACHE } from '../utils/editor-queries';
import { loadSegmentList } from '../utils/load-segment-list';
import { segmentsCompleteKey, segmentsQueryKey } from '../utils/segments-query-key';

/**
 * Every segment of a document with its translation in one edition, read in pages: the first hundred
 * come (and show) at once, the rest follow in the background and are appended as they arrive.
 */
export function useSegments(documentId: string, lang: Language | null): UseQueryResult<SegmentRow[]> {
  const client = useQueryClient();
  return useQuery({
    // no edition (no second column): a key of its own that never loads
    queryKey: lang ? segmentsQueryKey(documentId, lang) : ['segments', documentId, null],
    queryFn: lang ? ({ signal }) => loadSegmentList(client, documentId, lang, signal) : skipToken,
    ...SEGMENT_LIST_CACHE,
  });
}

/** True once every page of the list is in (the grid may still be showing the first ones). */
export function useSegmentsComplete(documentId: string, lang: Language | null): boolean {
  const complete = useQuery({
    queryKey: lang ? segmentsCompleteKey(documentId, lang) : ['segments-complete', documentId, null],
    queryFn: skipToken,
    ...SEGMENT_LIST_CACHE,
  });
  return complete.data !== false;
}

import type { Language, SegmentRow } from '@interlinea/shared';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { segmentsApi } from '../../../api/segments-api';
import { segmentsQueryKey } from '../utils/segments-query-key';

/**
 * Every segment of a document with its translation in one edition. The editor is the writer of
 * this list (saves update it in place), so it is not refetched behind the translator's back.
 */
export function useSegments(documentId: string, lang: Language): UseQueryResult<SegmentRow[]> {
  return useQuery({
    queryKey: segmentsQueryKey(documentId, lang),
    queryFn: ({ signal }) => segmentsApi.list(documentId, lang, signal),
    staleTime: Infinity,
    gcTime: 5 * 60_000,
  });
}

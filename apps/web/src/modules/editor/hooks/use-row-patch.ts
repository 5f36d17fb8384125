import type { Language, SegmentRow } from '@interlinea/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { segmentsQueryKey } from '../utils/segments-query-key';

/**
 * Puts a change of one segment into the loaded list (an outdated translation confirmed, a source
 * corrected); with `otherEditionsChanged`, the document's other editions are read again.
 */
export function useRowPatch(documentId: string, lang: Language): (segmentId: string, patch: Partial<SegmentRow>, otherEditionsChanged?: boolean) => void {
  const queryClient = useQueryClient();
  return useCallback(
    (segmentId: string, patch: Partial<SegmentRow>, otherEditionsChanged = false) => {
      queryClient.setQueryData<SegmentRow[]>(segmentsQueryKey(documentId, lang), (rows) =>
        rows?.map((row) => (row.id === segmentId ? { ...row, ...patch } : row)),
      );
      if (!otherEditionsChanged) return;
      void queryClient.invalidateQueries({
        predicate: (query) => query.queryKey[0] === 'segments' && query.queryKey[1] === documentId && query.queryKey[2] !== lang,
      });
    },
    [queryClient, documentId, lang],
  );
}

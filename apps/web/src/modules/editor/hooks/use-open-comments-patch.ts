import type { Language, SegmentRow } from '@interlinea/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { segmentsQueryKey } from '../utils/segments-query-key';

/** Puts a segment's new open comment count into the loaded list, so the grid's badge follows a post or a resolve. */
export function useOpenCommentsPatch(documentId: string, lang: Language): (segmentId: string, count: number) => void {
  const queryClient = useQueryClient();
  return useCallback(
    (segmentId: string, count: number) =>
      queryClient.setQueryData<SegmentRow[]>(segmentsQueryKey(documentId, lang), (rows) =>
        // unchanged: the same list, so the grid does not render again
        rows?.some((row) => row.id === segmentId && row.openComments !== count)
          ? rows.map((row) => (row.id === segmentId ? { ...row, openComments: count } : row))
          : rows,
      ),
    [queryClient, documentId, lang],
  );
}

import type { Language, SegmentRow } from '@interlinea/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { segmentsApi } from '../../../api/segments-api';
import { segmentsQueryKey } from '../utils/segments-query-key';

type StructureChange = { kind: 'split'; segmentId: string; sourceOffset: number; targetOffset?: number } | { kind: 'merge'; segmentId: string };

/**
 * Split a segment or merge it with the next one of its block. The answer holds the new row(s); every
 * index after them shifts, so the edition's list is fetched again. `onDone` gets the first new row.
 */
export function useSegmentStructure(documentId: string, lang: Language, onDone: (first: SegmentRow | undefined) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: StructureChange): Promise<SegmentRow[]> =>
      change.kind === 'split'
        ? segmentsApi.split(change.segmentId, lang, { sourceOffset: change.sourceOffset, targetOffset: change.targetOffset })
        : segmentsApi.merge(change.segmentId, lang),
    onSuccess: async (rows) => {
      await queryClient.invalidateQueries({ queryKey: segmentsQueryKey(documentId, lang) });
      // the segments changed in every edition: a second edition shown beside this one reloads too
      void queryClient.invalidateQueries({ queryKey: ['segments', documentId], predicate: (query) => query.queryKey[2] !== lang });
      void queryClient.invalidateQueries({ queryKey: ['projects'] });
      onDone(rows[0]);
    },
  });
}

import type { Language, SegmentRow } from '@interlinea/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { segmentsApi } from '../../../api/segments-api';
import { segmentsQueryKey } from '../utils/segments-query-key';

/** What the grid may do with site furniture: who may switch a line back, who may mark one. */
export interface FurnitureControl {
  /** Translators, reviewers and managers switch a furniture line back to translatable. */
  canUnlock: boolean;
  /** Managers mark a segment as site furniture. */
  canMark: boolean;
  switching: string | null;
  onSwitch: (segmentId: string, translatable: boolean) => void;
}

/** Switching segments between translatable and site furniture; the grid's row changes in place, the counts are read again. */
export function useFurnitureSwitch(
  documentId: string,
  lang: Language,
  canUnlock: boolean,
  canMark: boolean,
  onError: (message: string) => void,
): FurnitureControl {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: ({ segmentId, translatable }: { segmentId: string; translatable: boolean }) => segmentsApi.setTranslatable(segmentId, translatable),
    onSuccess: (result) => {
      queryClient.setQueryData<SegmentRow[]>(segmentsQueryKey(documentId, lang), (rows) =>
        rows?.map((row) => (row.id === result.id ? { ...row, translatable: result.translatable } : row)),
      );
      void queryClient.invalidateQueries({ queryKey: ['projects'] });
    },
    onError: (error) => onError(error instanceof Error ? error.message : String(error)),
  });
  const { mutate } = mutation;
  const switching = mutation.isPending ? (mutation.variables?.segmentId ?? null) : null;
  return useMemo(
    () => ({ canUnlock, canMark, switching, onSwitch: (segmentId: string, translatable: boolean) => mutate({ segmentId, translatable }) }),
    [canUnlock, canMark, switching, mutate],
  );
}

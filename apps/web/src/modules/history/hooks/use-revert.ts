import type { Language, Translation } from '@interlinea/shared';
import { useMutation, type UseMutationResult } from '@tanstack/react-query';
import { segmentsApi } from '../../../api/segments-api';

/** Restores an earlier revision of one segment's translation, over the version shown. */
export function useRevert(
  segmentId: string,
  lang: Language,
  onReverted: (translation: Translation) => void,
): UseMutationResult<Translation, Error, { toVersion: number; version: number }> {
  return useMutation({
    mutationKey: ['revert', segmentId, lang],
    mutationFn: (body) => segmentsApi.revert(segmentId, lang, body),
    onSuccess: onReverted,
  });
}

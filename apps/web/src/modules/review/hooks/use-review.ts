import type { Language, ReviewRequest, Translation } from '@interlinea/shared';
import { useMutation, type UseMutationResult } from '@tanstack/react-query';
import { segmentsApi } from '../../../api/segments-api';

/** Approve or reject one segment's translation in one edition. */
export function useReview(
  segmentId: string,
  lang: Language,
  onReviewed: (translation: Translation) => void,
): UseMutationResult<Translation, Error, ReviewRequest> {
  return useMutation({
    mutationKey: ['review', segmentId, lang],
    mutationFn: (body: ReviewRequest) => segmentsApi.review(segmentId, lang, body),
    onSuccess: onReviewed,
  });
}

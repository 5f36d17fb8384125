import type { Language, MatchesResponse } from '@interlinea/shared';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { segmentsApi } from '../../../api/segments-api';

/** Memory matches (and, later, MT) for the active segment; aborted when the segment changes. */
export function useMatches(segmentId: string | null, lang: Language): UseQueryResult<MatchesResponse> {
  return useQuery({
    queryKey: ['matches', segmentId, lang],
    queryFn: ({ signal }) => segmentsApi.matches(segmentId ?? '', lang, signal),
    enabled: segmentId !== null,
    staleTime: 60_000,
  });
}

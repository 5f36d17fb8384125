import type { Language, Revision } from '@interlinea/shared';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { segmentsApi } from '../../../api/segments-api';

/** Every saved state of a segment's translation, newest first. */
export function useRevisions(segmentId: string, lang: Language, version: number): UseQueryResult<Revision[]> {
  return useQuery({
    // The version is part of the key: a save or review shows up in the history at once.
    queryKey: ['revisions', segmentId, lang, version],
    queryFn: ({ signal }) => segmentsApi.revisions(segmentId, lang, signal),
    enabled: version > 0,
  });
}

import type { Language, SegmentGlossary } from '@interlinea/shared';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { glossaryApi } from '../../../api/glossary-api';

/** Glossary terms found in a segment's source, and warnings about its saved translation. */
export function useSegmentGlossary(segmentId: string | null, lang: Language, version = 0): UseQueryResult<SegmentGlossary> {
  return useQuery({
    queryKey: ['segment-glossary', segmentId, lang, version],
    queryFn: ({ signal }) => glossaryApi.forSegment(segmentId ?? '', lang, signal),
    enabled: segmentId !== null,
    staleTime: 60_000,
  });
}

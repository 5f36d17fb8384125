import type { Language, SegmentRow } from '@interlinea/shared';
import { useQuery } from '@tanstack/react-query';
import { editionsApi } from '../../../api/editions-api';

/** What the active segment's translation was made from, and what changed in its origin since (asked again when either moves). */
export function useProvenance(segment: SegmentRow, lang: Language) {
  const version = segment.translation?.version ?? 0;
  return useQuery({
    queryKey: ['provenance', segment.id, lang, version, segment.sourceVersion, segment.outdated],
    queryFn: ({ signal }) => editionsApi.provenance(segment.id, lang, signal),
    enabled: version > 0,
    staleTime: 30_000,
  });
}

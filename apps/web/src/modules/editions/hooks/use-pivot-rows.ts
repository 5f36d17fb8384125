import type { Language } from '@interlinea/shared';
import { useQuery } from '@tanstack/react-query';
import { segmentsApi } from '../../../api/segments-api';
import { editionOrigin } from '../utils/edition-origin';

/** The pivot edition's segments, while the translator works from one: shown beside the segment, and what saves are checked against. */
export function usePivotRows(documentId: string, pivot: Language | null) {
  return useQuery({
    queryKey: ['pivot-rows', documentId, pivot],
    queryFn: async ({ signal }) => {
      const rows = await segmentsApi.list(documentId, pivot!, signal);
      editionOrigin.rememberPivot(documentId, pivot!, rows);
      return rows;
    },
    enabled: pivot !== null,
    staleTime: 60_000,
  });
}

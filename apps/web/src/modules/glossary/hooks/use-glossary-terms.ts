import type { GlossaryTerm, Language } from '@interlinea/shared';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { glossaryApi } from '../../../api/glossary-api';

export const glossaryQueryKey = (projectId: string, source: Language, target: Language) => ['glossary', projectId, source, target] as const;

/** The terms of one language pair of a project glossary. */
export function useGlossaryTerms(projectId: string, source: Language, target: Language): UseQueryResult<GlossaryTerm[]> {
  return useQuery({
    queryKey: glossaryQueryKey(projectId, source, target),
    queryFn: ({ signal }) => glossaryApi.list(projectId, source, target, signal),
  });
}

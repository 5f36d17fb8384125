import type { Language, QaEditionContext } from '@interlinea/shared';
import { useQuery } from '@tanstack/react-query';
import { qaApi } from '../../../api/qa-api';

export const qaContextKey = (documentId: string, lang: string) => ['qa-context', documentId, lang] as const;

/** The project's switched-off checks, the glossary of the pair and the ignores, for checks in the browser. */
export function useQaContext(documentId: string, lang: Language) {
  return useQuery<QaEditionContext>({
    queryKey: qaContextKey(documentId, lang),
    queryFn: ({ signal }) => qaApi.context(documentId, lang, signal),
    enabled: documentId !== '',
    staleTime: 60_000,
    retry: false,
  });
}

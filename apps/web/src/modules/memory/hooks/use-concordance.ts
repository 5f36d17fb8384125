import type { ConcordanceResponse, Language } from '@interlinea/shared';
import { keepPreviousData, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { memoryApi } from '../../../api/memory-api';

const DEBOUNCE_MS = 250;

/**
 * Concordance search over the project's and the shared memory, debounced; a newer query aborts the older.
 * `partial`: the words are found as parts of words too.
 */
export function useConcordance(
  projectId: string,
  lang: Language,
  query: string,
  partial = false,
): UseQueryResult<ConcordanceResponse> & { settledQuery: string } {
  const [settled, setSettled] = useState(query.trim());
  useEffect(() => {
    const timer = setTimeout(() => setSettled(query.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query]);
  const result = useQuery({
    queryKey: ['concordance', projectId, lang, settled, partial],
    queryFn: ({ signal }) => memoryApi.search(projectId, settled.slice(0, 200), lang, signal, partial),
    enabled: settled.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
  return Object.assign(result, { settledQuery: settled });
}

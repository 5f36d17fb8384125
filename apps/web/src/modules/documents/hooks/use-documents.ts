import type { DocumentSummary } from '@interlinea/shared';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { documentsApi } from '../../../api/documents-api';

/** The documents of a project with counts and per-edition progress. */
export function useDocuments(projectId: string): UseQueryResult<DocumentSummary[]> {
  return useQuery({ queryKey: ['projects', projectId, 'documents'], queryFn: () => documentsApi.list(projectId) });
}

import type { ImportResult } from '@interlinea/shared';
import { useMutation, useQueryClient, type UseMutationResult } from '@tanstack/react-query';
import { documentsApi } from '../../../api/documents-api';

/** Uploads one file into a project; the documents and project progress are fetched again. */
export function useUploadDocument(projectId: string): UseMutationResult<ImportResult, Error, File> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => documentsApi.upload(projectId, file),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['projects'] }),
  });
}

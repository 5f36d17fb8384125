import type { Language } from '@interlinea/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiRequestError } from '../../../api/api-request-error';
import { editionsApi } from '../../../api/editions-api';
import { qaReportKey } from '../../qa';

export const publicationsKey = (documentId: string) => ['publications', documentId] as const;
export const errataKey = (documentId: string, lang: Language) => ['errata', documentId, lang] as const;

/** The publications of a document (every edition, newest first per edition). */
export function usePublications(documentId: string) {
  return useQuery({ queryKey: publicationsKey(documentId), queryFn: ({ signal }) => editionsApi.publications(documentId, signal) });
}

/** What changed in an edition since its last publication. */
export function useErrata(documentId: string, lang: Language) {
  return useQuery({ queryKey: errataKey(documentId, lang), queryFn: ({ signal }) => editionsApi.errata(documentId, lang, signal) });
}

/** Publishing an edition; the list and the errata are read again. */
export function usePublish(documentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ lang, overrideQa }: { lang: Language; overrideQa: boolean }) => editionsApi.publish(documentId, lang, overrideQa),
    onSuccess: (_, { lang }) => {
      void queryClient.invalidateQueries({ queryKey: publicationsKey(documentId) });
      void queryClient.invalidateQueries({ queryKey: errataKey(documentId, lang) });
    },
    // QA errors found since the page opened: show them, with the override
    onError: (error, { lang }) => {
      if (error instanceof ApiRequestError && error.code === 'QA_ERRORS') void queryClient.invalidateQueries({ queryKey: qaReportKey(documentId, lang) });
    },
  });
}

/** A diff between a publication and another one, or the edition now. */
export function usePublicationDiff(publicationId: string | null, against: string) {
  return useQuery({
    queryKey: ['publication-diff', publicationId, against],
    queryFn: ({ signal }) => editionsApi.diff(publicationId!, against, signal),
    enabled: publicationId !== null,
  });
}

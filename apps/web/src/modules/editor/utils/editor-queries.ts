import type { Language } from '@interlinea/shared';
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { documentsApi } from '../../../api/documents-api';
import { preferencesApi } from '../../../api/preferences-api';
import { projectsApi } from '../../../api/projects-api';
import { loadSegmentList } from './load-segment-list';
import { segmentsQueryKey } from './segments-query-key';

/**
 * The questions the editor asks before it can show a row, defined once: the editor's hooks use them,
 * and `startEditorEarly` asks them before the editor's code has even loaded (same keys, one request).
 */
export const documentQuery = (documentId: string) =>
  // without the progress counts (the costly part of the summary): the editor counts its own from the rows
  queryOptions({ queryKey: ['documents', documentId, 'without-progress'], queryFn: () => documentsApi.getWithoutProgress(documentId) });

/** The document's project (its editions, the person's roles), without progress counts either. */
export const projectQuery = (projectId: string) =>
  queryOptions({ queryKey: ['projects', projectId, 'without-progress'], queryFn: () => projectsApi.getWithoutProgress(projectId) });

export const PREFERENCES_KEY = ['me', 'preferences'] as const;

export const preferencesQuery = () =>
  queryOptions({ queryKey: PREFERENCES_KEY, queryFn: ({ signal }) => preferencesApi.get(signal), staleTime: Infinity, retry: false });

/**
 * One edition's segment list, read in pages (see `loadSegmentList`). The editor is the writer of this
 * list (saves update it in place), so it is not refetched behind the translator's back.
 */
export const SEGMENT_LIST_CACHE = { staleTime: Infinity, gcTime: 5 * 60_000 } as const;

export const segmentListQuery = (client: QueryClient, documentId: string, lang: Language) =>
  queryOptions({
    queryKey: segmentsQueryKey(documentId, lang),
    queryFn: ({ signal }) => loadSegmentList(client, documentId, lang, signal),
    ...SEGMENT_LIST_CACHE,
  });

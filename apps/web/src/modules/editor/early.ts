import { languageSchema, type Language } from '@interlinea/shared';
import type { QueryClient } from '@tanstack/react-query';
import { matchPath } from 'react-router-dom';
import { meQuery } from '../session';
import { documentQuery, preferencesQuery, projectQuery, segmentListQuery } from './utils/editor-queries';
import { gridEditions } from './utils/grid-columns';

/**
 * The editor's first questions, asked the moment the app starts on an editor address — before the
 * editor's own code has loaded and before the session check has answered: the document and the first
 * page of its edition at once, then its project, and the first page of the edition shown beside it
 * (which the person's remembered columns name). The editor's hooks find the answers (or the requests
 * under way) in the query cache under the same keys. True when `pathname` is an editor address. This file stays small: it is in the app's first
 * script, unlike the rest of the editor.
 */
export function startEditorEarly(client: QueryClient, pathname: string): boolean {
  const params = matchPath('/documents/:documentId/:lang', pathname)?.params;
  const lang = languageSchema.safeParse(params?.lang);
  if (!params?.documentId || !lang.success) return false;
  const documentId = params.documentId;
  const pageLang: Language = lang.data;
  // the session check first: every signed-in screen waits for it
  void client.prefetchQuery(meQuery());
  void client.prefetchQuery(segmentListQuery(client, documentId, pageLang));
  const document = client.fetchQuery(documentQuery(documentId));
  const preferences = client.fetchQuery(preferencesQuery());
  const ignore = () => undefined; // a failure shows when the editor asks again (its own error message)
  document.then((d) => client.prefetchQuery(projectQuery(d.projectId)), ignore);
  Promise.all([document, preferences]).then(([d, p]) => {
    // as the editor does before the project has come: the remembered editions as they are
    const remembered = p.gridEditions[d.projectId] ?? null;
    const second = gridEditions(pageLang, remembered ?? [], remembered).find((l) => l !== pageLang);
    if (second) void client.prefetchQuery(segmentListQuery(client, documentId, second));
  }, ignore);
  return true;
}

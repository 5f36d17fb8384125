import { languageSchema, type Language } from '@interlinea/shared';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router-dom';
import { permissionsFor, useMe } from '../../session';
import { ErrorMessage, Loading } from '../../ui';
import { useGridEditions } from '../hooks/use-grid-editions';
import { useSegments, useSegmentsComplete } from '../hooks/use-segments';
import { documentQuery, projectQuery } from '../utils/editor-queries';
import { markFirstRowsShown } from '../utils/first-rows-shown';
import { EditorWorkspace } from './EditorWorkspace';

const NO_EDITIONS: Language[] = [];

/** `/documents/:documentId/:lang`: loads the document, its project and the edition's segments. */
export function EditorPage() {
  const { t } = useTranslation();
  const { documentId = '', lang: langParam } = useParams();
  const lang = languageSchema.safeParse(langParam);
  const me = useMe();
  const [search] = useSearchParams();
  const document = useQuery(documentQuery(documentId));
  const project = useQuery({ ...projectQuery(document.data?.projectId ?? ''), enabled: Boolean(document.data?.projectId) });
  const pageLang = lang.success ? lang.data : 'en';
  const segments = useSegments(documentId, pageLang);
  const complete = useSegmentsComplete(documentId, pageLang);
  const editions = useGridEditions(document.data?.projectId ?? '', pageLang, project.data?.targetLanguages ?? NO_EDITIONS);
  // The second edition's list loads beside the first (its first page too), not after it.
  const second = useSegments(documentId, editions.second);
  const secondComplete = useSegmentsComplete(documentId, editions.second);
  // every column has its first rows: the rest of the lists may be read now (see first-rows-shown)
  const firstRowsReady = Boolean(document.data && project.data && segments.data && (!editions.second || second.data || second.error));
  useEffect(() => {
    if (!firstRowsReady) return;
    markFirstRowsShown(documentId, true);
    return () => markFirstRowsShown(documentId, false);
  }, [documentId, firstRowsReady]);

  if (!lang.success) {
    return (
      <p className="error-message page" role="alert">
        {t('editor:unknownLanguage', { lang: langParam })}
      </p>
    );
  }
  const error = document.error ?? project.error ?? segments.error;
  if (error) return <ErrorMessage error={error} />;
  if (!document.data || !project.data || !segments.data) return <Loading />;
  if (!project.data.targetLanguages.includes(lang.data)) {
    return (
      <p className="error-message page" role="alert">
        {t('editor:notAnEdition', { lang: lang.data.toUpperCase() })}
      </p>
    );
  }
  const may = permissionsFor(me.data, project.data.id, project.data.myRoles);
  return (
    <EditorWorkspace
      key={`${documentId}:${lang.data}`}
      document={document.data}
      project={project.data}
      lang={lang.data}
      rows={segments.data}
      canTranslate={may.translate(lang.data)}
      canReview={may.review(lang.data)}
      initialSegmentId={search.get('segment')}
      canManage={may.manage}
      complete={complete}
      editions={editions}
      secondEdition={editions.second ? { rows: second.data, complete: secondComplete, canTranslate: may.translate(editions.second) } : null}
    />
  );
}

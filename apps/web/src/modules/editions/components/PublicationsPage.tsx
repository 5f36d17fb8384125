import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { documentsApi } from '../../../api/documents-api';
import { useProject } from '../../projects';
import { permissionsFor, useMe } from '../../session';
import { ErrorMessage, Loading } from '../../ui';
import { usePublications } from '../hooks/use-publications';
import { CorrectionImport } from './CorrectionImport';
import { EditionPublications } from './EditionPublications';

/**
 * `/documents/:documentId/publications`: the document's editions as published — publish an edition
 * (managers), its publications with their files and diffs, the errata since the last one — and the
 * import of a corrected original.
 */
export function PublicationsPage() {
  const { t } = useTranslation();
  const { documentId = '' } = useParams();
  // read again on arrival: the editor's copy does not follow its own confirmations and corrections
  const document = useQuery({ queryKey: ['documents', documentId], queryFn: () => documentsApi.get(documentId), refetchOnMount: 'always' });
  const project = useProject(document.data?.projectId);
  const publications = usePublications(documentId);
  const me = useMe();

  if (document.isPending || project.isPending) return <Loading />;
  if (document.error) return <ErrorMessage error={document.error} />;
  if (project.error) return <ErrorMessage error={project.error} />;
  const may = permissionsFor(me.data, project.data.id, project.data.myRoles);

  return (
    <main className="page publications-page" data-testid="publications-page">
      <div className="page__head">
        <div>
          <Link to={`/projects/${project.data.id}`} className="muted small">
            ← {project.data.name}
          </Link>
          <h1>{t('editions:publications.title')}</h1>
          <p className="muted">{document.data.title}</p>
        </div>
      </div>
      <div className="page__main">
        <ErrorMessage error={publications.error} />
        {project.data.targetLanguages.map((lang) => (
          <EditionPublications
            key={lang}
            documentId={documentId}
            lang={lang}
            sourceLang={project.data.sourceLanguage}
            progress={document.data.progress.find((p) => p.language === lang)}
            publications={(publications.data ?? []).filter((p) => p.language === lang)}
            canPublish={may.manage}
            canDownload={may.publish}
          />
        ))}
        {may.manage && document.data.format !== 'pdf' && <CorrectionImport documentId={documentId} format={document.data.format} />}
      </div>
    </main>
  );
}

import type { DocumentSummary } from '@interlinea/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { MembersPanel } from '../../members';
import { EditionAnalysis, MemoryToolsPanel } from '../../memory';
import { EditionPretranslation } from '../../pretranslation';
import { ProjectLinks } from '../../project-settings';
import { LanguagePair, useProject } from '../../projects';
import { permissionsFor, useMe } from '../../session';
import { ErrorMessage, Loading } from '../../ui';
import { useDocuments } from '../hooks/use-documents';
import { DocumentsTable } from './DocumentsTable';
import { ExportDialog } from './ExportDialog';
import { UploadZone } from './UploadZone';

/** `/projects/:projectId`: documents with progress, upload, export, and the members panel for managers. */
export function ProjectPage() {
  const { t } = useTranslation();
  const { projectId = '' } = useParams();
  const me = useMe();
  const project = useProject(projectId);
  const documents = useDocuments(projectId);
  const [exporting, setExporting] = useState<DocumentSummary | null>(null);

  if (project.isPending) return <Loading />;
  if (project.error) return <ErrorMessage error={project.error} />;
  const may = permissionsFor(me.data, projectId, project.data.myRoles);

  return (
    <main className="page page--split">
      <div className="page__main">
        <div className="page__head">
          <h1>{project.data.name}</h1>
          <LanguagePair source={project.data.sourceLanguage} targets={project.data.targetLanguages} />
        </div>
        <ProjectLinks projectId={projectId} manage={may.manage} />
        {may.manage && <UploadZone projectId={projectId} />}
        <section aria-labelledby="documents-title">
          <h2 id="documents-title" className="section-title">
            {t('documents:title')}
          </h2>
          {documents.isPending ? (
            <Loading />
          ) : documents.error ? (
            <ErrorMessage error={documents.error} />
          ) : documents.data.length === 0 ? (
            <p className="empty">{t('documents:empty')}</p>
          ) : (
            <DocumentsTable
              documents={documents.data}
              languages={project.data.targetLanguages}
              onExport={may.publish ? setExporting : undefined}
              editionTools={
                may.manage
                  ? (doc, language) => (
                      <div className="edition-tools">
                        <EditionAnalysis document={doc} lang={language} />
                        <EditionPretranslation document={doc} lang={language} />
                      </div>
                    )
                  : undefined
              }
            />
          )}
        </section>
      </div>
      {may.manage && (
        <aside className="page__side">
          <MembersPanel project={project.data} />
          <MemoryToolsPanel project={project.data} />
        </aside>
      )}
      {exporting && <ExportDialog document={exporting} languages={project.data.targetLanguages} onClose={() => setExporting(null)} />}
    </main>
  );
}

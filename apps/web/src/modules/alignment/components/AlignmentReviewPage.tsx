import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useProject } from '../../projects';
import { permissionsFor, useMe } from '../../session';
import { ErrorMessage, Loading } from '../../ui';
import { useAlignment, useAlignmentEdits } from '../hooks/use-alignment';
import { AlignmentGrid } from './AlignmentGrid';
import { CommitPanel } from './CommitPanel';
import { Legend } from './Legend';

/** `/alignments/:alignmentId`: the aligned editions row by row; edits are saved as they are made. */
export function AlignmentReviewPage() {
  const { t } = useTranslation();
  const { alignmentId = '' } = useParams();
  const alignment = useAlignment(alignmentId);
  const project = useProject(alignment.data?.projectId ?? '');
  const me = useMe();
  const { edit, state, error } = useAlignmentEdits(alignmentId);

  if (alignment.isPending) return <Loading />;
  if (alignment.error) return <ErrorMessage error={alignment.error} />;
  const a = alignment.data;
  const may = permissionsFor(me.data, a.projectId, project.data?.myRoles);
  const editable = may.manage && !a.committedAt;
  return (
    <main className="page page--wide align-page" data-testid="alignment-review">
      <div className="page__head page__head--tools">
        <div>
          <Link to={`/projects/${a.projectId}/alignments`} className="muted small">
            ← {t('alignment:review.back')}
          </Link>
          <h1>{a.title}</h1>
          <p className="muted small">
            {a.editions.map((e) => t(`common:language.${e.language}`)).join(' · ')} — {t('alignment:review.rows', { count: a.rows.length })}
          </p>
        </div>
        <p className="align-save muted small" role="status" data-testid="alignment-save-state">
          {a.committedAt
            ? t('alignment:review.committed')
            : state === 'saving'
              ? t('alignment:review.saving')
              : state === 'saved'
                ? t('alignment:review.saved')
                : ''}
        </p>
      </div>
      {state === 'reloaded' && <p className="notice">{t('alignment:review.reloaded')}</p>}
      {state === 'failed' && <ErrorMessage error={error} />}
      <div className="align-toolbar">
        <Legend />
        {editable && <p className="muted small align-shortcuts">{t('alignment:review.shortcuts')}</p>}
      </div>
      <AlignmentGrid alignment={a} editable={editable} onEdit={edit} />
      {project.data && <CommitPanel alignment={a} sourceLanguage={project.data.sourceLanguage} manage={may.manage} busy={state === 'saving'} />}
    </main>
  );
}

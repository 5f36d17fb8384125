import type { PostEditingEffort } from '@interlinea/shared';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { projectSettingsApi } from '../../../api/project-settings-api';
import { useProject } from '../../projects';
import { ErrorMessage, Loading } from '../../ui';

const percent = (effort: number) => `${Math.round(effort * 100)} %`;

function EffortTable({ title, rows, testId }: { title: string; rows: { key: string; label: ReactNode; effort: PostEditingEffort }[]; testId: string }) {
  const { t } = useTranslation();
  return (
    <section>
      <h2 className="section-title">{title}</h2>
      {rows.length === 0 ? (
        <p className="empty">{t('statistics:empty')}</p>
      ) : (
        <table className="table" data-testid={testId}>
          <thead>
            <tr>
              <th scope="col">{title}</th>
              <th scope="col" className="num">
                {t('statistics:segments')}
              </th>
              <th scope="col" className="num">
                {t('statistics:unedited')}
              </th>
              <th scope="col" className="num">
                {t('statistics:mtCharacters')}
              </th>
              <th scope="col" className="num">
                {t('statistics:editDistance')}
              </th>
              <th scope="col" className="num">
                {t('statistics:effort')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ key, label, effort }) => (
              <tr key={key} data-testid="post-editing-row" data-segments={effort.segments} data-edit-distance={effort.editDistance}>
                <td className="table__title">{label}</td>
                <td className="num">{effort.segments.toLocaleString()}</td>
                <td className="num">{effort.unedited.toLocaleString()}</td>
                <td className="num">{effort.mtCharacters.toLocaleString()}</td>
                <td className="num">{effort.editDistance.toLocaleString()}</td>
                <td className="num">{percent(effort.effort)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** `/projects/:projectId/statistics`: how much of the MT output people changed, per document, edition, translator. */
export function PostEditingPage() {
  const { t } = useTranslation();
  const { projectId = '' } = useParams();
  const project = useProject(projectId);
  const stats = useQuery({
    queryKey: ['post-editing', projectId],
    queryFn: ({ signal }) => projectSettingsApi.postEditing(projectId, signal),
  });
  if (project.isPending || stats.isPending) return <Loading />;
  if (project.error || stats.error) return <ErrorMessage error={project.error ?? stats.error} />;
  const { total } = stats.data;
  return (
    <main className="page" data-testid="statistics-page">
      <div className="page__head page__head--tools">
        <div>
          <Link to={`/projects/${projectId}`} className="muted small">
            ← {project.data.name}
          </Link>
          <h1>{t('statistics:title')}</h1>
        </div>
      </div>
      <div className="page__main">
        <p className="muted">{t('statistics:intro')}</p>
        <div className="stat-grid" data-testid="post-editing-total" data-segments={total.segments} data-edit-distance={total.editDistance}>
          <div className="stat">
            <div className="stat__value">{total.segments.toLocaleString()}</div>
            <div className="stat__label">{t('statistics:segments')}</div>
          </div>
          <div className="stat">
            <div className="stat__value">{total.unedited.toLocaleString()}</div>
            <div className="stat__label">{t('statistics:unedited')}</div>
          </div>
          <div className="stat">
            <div className="stat__value">{total.editDistance.toLocaleString()}</div>
            <div className="stat__label">{t('statistics:editDistance')}</div>
          </div>
          <div className="stat">
            <div className="stat__value">{percent(total.effort)}</div>
            <div className="stat__label">{t('statistics:effort')}</div>
          </div>
        </div>
        <EffortTable
          title={t('statistics:byDocument')}
          testId="post-editing-documents"
          rows={stats.data.byDocument.map((d) => ({ key: d.documentId, label: d.title, effort: d }))}
        />
        <EffortTable
          title={t('statistics:byLanguage')}
          testId="post-editing-languages"
          rows={stats.data.byLanguage.map((l) => ({ key: l.language, label: t(`common:language.${l.language}`), effort: l }))}
        />
        <EffortTable
          title={t('statistics:byTranslator')}
          testId="post-editing-translators"
          rows={stats.data.byTranslator.map((p) => ({ key: p.userId ?? 'unknown', label: p.displayName ?? t('statistics:unknownTranslator'), effort: p }))}
        />
      </div>
    </main>
  );
}

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** Links from a project page to its glossary, memory and dashboard, and for managers to its settings, statistics and the shared memory. */
export function ProjectLinks({ projectId, manage }: { projectId: string; manage: boolean }) {
  const { t } = useTranslation();
  return (
    <nav className="project-links" aria-label={t('settings:links.label')}>
      <Link className="button button--small" to={`/projects/${projectId}/glossary`} data-testid="glossary-link">
        {t('settings:links.glossary')}
      </Link>
      <Link className="button button--small" to={`/projects/${projectId}/memory`} data-testid="memory-link">
        {t('memoryReview:link')}
      </Link>
      <Link className="button button--small" to={`/projects/${projectId}/dashboard`} data-testid="dashboard-link">
        {t('dashboard:link')}
      </Link>
      {manage && (
        <>
          <Link className="button button--small" to={`/projects/${projectId}/statistics`} data-testid="statistics-link">
            {t('settings:links.statistics')}
          </Link>
          <Link className="button button--small" to={`/projects/${projectId}/alignments`} data-testid="alignments-link">
            {t('alignment:link')}
          </Link>
          <Link className="button button--small" to="/memory" data-testid="shared-memory-link">
            {t('memoryReview:sharedLink')}
          </Link>
          <Link className="button button--small" to={`/projects/${projectId}/settings`} data-testid="settings-link">
            {t('settings:links.settings')}
          </Link>
        </>
      )}
    </nav>
  );
}

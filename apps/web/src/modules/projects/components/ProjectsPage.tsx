import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useMe } from '../../session';
import { ErrorMessage, Loading } from '../../ui';
import { useProjects } from '../hooks/use-projects';
import { NewProjectForm } from './NewProjectForm';
import { ProjectCard } from './ProjectCard';

/** `/`: the projects I belong to; admins and managers can start a new one. */
export function ProjectsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const projects = useProjects();
  const [creating, setCreating] = useState(false);
  const mayCreate = Boolean(me.data && (me.data.isAdmin || me.data.roles.some((r) => r.role === 'manager')));

  return (
    <main className="page">
      <div className="page__head">
        <h1>{t('projects:title')}</h1>
        {mayCreate && !creating && (
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            {t('projects:new.open')}
          </button>
        )}
      </div>
      {creating && <NewProjectForm onCancel={() => setCreating(false)} onCreated={(p) => void navigate(`/projects/${p.id}`)} />}
      {projects.isPending ? (
        <Loading />
      ) : projects.error ? (
        <ErrorMessage error={projects.error} />
      ) : projects.data.length === 0 ? (
        <p className="empty">{mayCreate ? t('projects:emptyCreator') : t('projects:empty')}</p>
      ) : (
        <ul className="project-list">
          {projects.data.map((project) => (
            <ProjectCard key={project.id} project={project} />
          ))}
        </ul>
      )}
    </main>
  );
}

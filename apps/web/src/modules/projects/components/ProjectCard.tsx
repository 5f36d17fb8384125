import type { ProjectSummary } from '@interlinea/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ProgressBar } from '../../ui';
import { LanguagePair } from './LanguagePair';

/** One row of the projects list: name, languages, and a progress bar per edition. */
export function ProjectCard({ project }: { project: ProjectSummary }) {
  const { t } = useTranslation();
  return (
    <li className="project-card" data-testid="project-card">
      <div className="project-card__head">
        <Link to={`/projects/${project.id}`} className="project-card__name">
          {project.name}
        </Link>
        <LanguagePair source={project.sourceLanguage} targets={project.targetLanguages} />
        <span className="muted">{t('projects:documentCount', { count: project.documentCount })}</span>
      </div>
      <div className="project-card__progress">
        {project.targetLanguages.map((language) => {
          const progress = project.progress.find((p) => p.language === language);
          return (
            <div key={language} className="edition-line">
              <span className="edition-line__lang">{language.toUpperCase()}</span>
              {progress ? <ProgressBar progress={progress} /> : <span className="muted">{t('projects:noDocuments')}</span>}
            </div>
          );
        })}
      </div>
    </li>
  );
}

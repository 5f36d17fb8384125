export { useProject } from './hooks/use-project';
export { projectQuery } from './utils/project-query';
export { LanguagePair } from './components/LanguagePair';
export { ProjectsPage } from './components/ProjectsPage';
import './projects.css';

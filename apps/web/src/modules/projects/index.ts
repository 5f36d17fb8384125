export { useProject } from './hooks/use-project';
export { LanguagePair } from './components/LanguagePair';
export { ProjectsPage } from './components/ProjectsPage';
import './projects.css';

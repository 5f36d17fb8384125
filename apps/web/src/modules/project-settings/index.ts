export { ProjectLinks } from './components/ProjectLinks';
export { ProjectSettingsPage } from './components/ProjectSettingsPage';
import './project-settings.css';

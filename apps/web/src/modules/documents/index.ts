export { ProjectPage } from './components/ProjectPage';
import './documents.css';
export { saveFile } from './utils/save-file';

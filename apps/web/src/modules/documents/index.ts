export { ProjectPage } from './components/ProjectPage';
import './documents.css';

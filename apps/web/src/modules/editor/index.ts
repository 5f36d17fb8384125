export { EditorPage } from './components/EditorPage';
import './editor.css';
import './segment-grid.css';
import './review-tools.css';
import './grid-editions.css';

export { EditorPage } from './components/EditorPage';
import './editor.css';
import './segment-grid.css';

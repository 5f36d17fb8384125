export { EditorPage } from './components/EditorPage';

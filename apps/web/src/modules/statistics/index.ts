export { PostEditingPage } from './components/PostEditingPage';

export { PostEditingPage } from './components/PostEditingPage';
import './statistics.css';

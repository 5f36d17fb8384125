export { HistoryPanel } from './components/HistoryPanel';
import './history.css';

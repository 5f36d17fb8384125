export { HistoryPanel } from './components/HistoryPanel';

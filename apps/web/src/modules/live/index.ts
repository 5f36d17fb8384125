export { useLiveEditor } from './hooks/use-live-editor';
export { LiveProvider } from './components/LiveProvider';
export { PresenceBar } from './components/PresenceBar';
export { RowPresence } from './components/RowPresence';
export { IncomingChange } from './components/IncomingChange';
export { TakeOverDialog } from './components/TakeOverDialog';
export type { LiveEditorState } from './utils/live-editor-state';
import './live.css';

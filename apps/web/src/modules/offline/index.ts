export { OfflineIndicator } from './components/OfflineIndicator';
export { QueuedMark } from './components/QueuedMark';
export { useOfflineQueue, type OfflineQueue } from './hooks/use-offline-queue';
export { forgetOfflineAnswers, registerServiceWorker } from './utils/service-worker';
export type { QueuedChange } from './utils/queued-change';
import './offline.css';

export { OutdatedBadge } from './components/OutdatedBadge';
export { ProvenancePanel, CONFIRM_KEY } from './components/ProvenancePanel';
export { PublicationsPage } from './components/PublicationsPage';
export { PublicationsLink } from './components/PublicationsLink';
export { useOutdatedConfirmation, type OutdatedConfirmation } from './hooks/use-outdated-confirmation';
export { editionOrigin } from './utils/edition-origin';
export { outdatedAfter } from './utils/outdated-after';
import './editions.css';

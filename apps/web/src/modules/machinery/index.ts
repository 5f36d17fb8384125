export { MachineryPanel } from './components/MachineryPanel';
export { ScoreBadge } from './components/ScoreBadge';
export { useExactMatchPrefill } from './hooks/use-exact-match-prefill';
export { useMachinery, type Machinery } from './hooks/use-machinery';
export { useMtStatus, mtStatusQueryKey } from './hooks/use-mt-status';
export { mergeSuggestions, type MachinerySuggestion } from './utils/machinery-suggestion';
export { suggestionProvenance, type Provenance } from './utils/suggestion-provenance';
import './machinery.css';

export { MatchesPanel } from './components/MatchesPanel';
export { useMatches } from './hooks/use-matches';

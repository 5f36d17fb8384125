export { ConcordanceDialog } from './components/ConcordanceDialog';
export { EditionAnalysis } from './components/EditionAnalysis';
export { MemoryToolsPanel } from './components/MemoryToolsPanel';
import './memory.css';
export { highlightRanges } from './utils/highlight-ranges';

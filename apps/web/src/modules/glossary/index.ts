export { GlossaryPage } from './components/GlossaryPage';
export { GlossarySource } from './components/GlossarySource';
export { TermsPanel } from './components/TermsPanel';
import './glossary.css';

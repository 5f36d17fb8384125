export { EditionPretranslation } from './components/EditionPretranslation';
export { PretranslationProgress } from './components/PretranslationProgress';
import './pretranslation.css';

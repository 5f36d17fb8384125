export { EditionPretranslation } from './components/EditionPretranslation';
export { PretranslationProgress } from './components/PretranslationProgress';

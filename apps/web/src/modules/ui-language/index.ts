export { LanguageSwitcher } from './components/LanguageSwitcher';
export { useChangeUiLanguage } from './hooks/use-change-ui-language';
import './ui-language.css';

import { UI_LANGUAGES } from '@interlinea/shared';
import { useTranslation } from 'react-i18next';
import { useChangeUiLanguage } from '../hooks/use-change-ui-language';

/** EN / RU / DE: the language of the interface (not of the edition being translated). */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const change = useChangeUiLanguage();
  return (
    <div className="lang-switch" role="group" aria-label={t('common:uiLanguage.label')} data-testid="ui-language-switcher">
      {UI_LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          className="lang-switch__option"
          aria-pressed={i18n.resolvedLanguage === language}
          title={t(`common:uiLanguage.${language}`)}
          lang={language}
          onClick={() => change(language)}
        >
          {language.toUpperCase()}
        </button>
      ))}
    </div>
  );
}

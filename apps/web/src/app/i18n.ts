import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { UI_LANGUAGES, type UiLanguage } from '@interlinea/shared';
import { httpConfig } from '../api/http-config';
import { resources } from '../locales/resources';

const STORAGE_KEY = 'interlinea.uiLanguage';

function isUiLanguage(value: string | null | undefined): value is UiLanguage {
  return (UI_LANGUAGES as readonly string[]).includes(value ?? '');
}

function initialLanguage(): UiLanguage {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (isUiLanguage(stored)) return stored;
  } catch {
    // storage may be blocked; fall through to the browser's languages
  }
  const fromBrowser = (navigator.languages ?? [navigator.language]).map((l) => l.slice(0, 2).toLowerCase()).find(isUiLanguage);
  return fromBrowser ?? 'en';
}

/** Creates the i18next instance the app runs on (namespaces per feature, resources bundled). */
export function createI18n(lng: UiLanguage = initialLanguage()): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: 'en',
    supportedLngs: [...UI_LANGUAGES],
    ns: Object.keys(resources.en),
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  instance.on('languageChanged', (language) => {
    document.documentElement.lang = language;
    httpConfig.language = language;
    try {
      window.localStorage.setItem(STORAGE_KEY, language);
    } catch {
      // not fatal: the choice just is not remembered on this device
    }
  });
  document.documentElement.lang = lng;
  httpConfig.language = lng;
  return instance;
}

import type { Language } from '@interlinea/shared';

const key = (documentId: string, lang: Language) => `interlinea.workingFrom.${documentId}.${lang}`;

/**
 * The edition a translator works from in one edition of a document (a pivot: German from the
 * English, say), remembered in this browser; null: the source. Saves say so (`fromLanguage`).
 */
export const workingFrom = {
  get(documentId: string, lang: Language): Language | null {
    try {
      const stored = window.localStorage.getItem(key(documentId, lang));
      return stored === 'ru' || stored === 'en' || stored === 'de' ? stored : null;
    } catch {
      return null;
    }
  },
  set(documentId: string, lang: Language, pivot: Language | null): void {
    try {
      if (pivot) window.localStorage.setItem(key(documentId, lang), pivot);
      else window.localStorage.removeItem(key(documentId, lang));
    } catch {
      // private mode: the choice lasts as long as the page
    }
  },
};

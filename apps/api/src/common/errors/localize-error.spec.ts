import { errorLocale } from './error-locale';
import { localizeError, translateSentence } from './localize-error';
import { de } from './messages/de';
import { ru } from './messages/ru';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('errorLocale', () => {
  it('takes the chosen language, else the best Accept-Language we speak, else English', () => {
    expect(errorLocale('de', 'ru')).toBe('de');
    expect(errorLocale(undefined, 'fr-FR,ru;q=0.5,de;q=0.7')).toBe('de');
    expect(errorLocale(undefined, 'ru-RU')).toBe('ru');
    expect(errorLocale(undefined, 'fr, ja')).toBe('en');
    expect(errorLocale(undefined, undefined)).toBe('en');
  });
});

describe('localizeError', () => {
  it('translates a known sentence with its values and the names of things', () => {
    expect(localizeError({ code: 'NOT_FOUND', message: 'Segment not found' }, 'ru').message).toBe('Сегмент: не найдено');
    expect(localizeError({ code: 'FORBIDDEN', message: 'Your roles in this project do not allow "review" for de' }, 'de').message).toBe(
      'Ihre Rollen in diesem Projekt erlauben „Prüfen“ für de nicht',
    );
  });

  it('translates field errors of AppException.invalid in the message and the details', () => {
    const body = {
      code: 'VALIDATION_FAILED',
      message: 'lang: the project has no fr edition',
      details: [{ field: 'lang', message: 'the project has no fr edition' }],
    };
    expect(localizeError(body, 'ru')).toEqual({
      code: 'VALIDATION_FAILED',
      message: 'lang: в проекте нет редакции fr',
      details: [{ field: 'lang', message: 'в проекте нет редакции fr' }],
    });
  });

  it('says what happened in the language and keeps an unknown detail, and leaves English as it is', () => {
    const body = { code: 'FILE_REJECTED', message: 'a.xlf: line 3, column 7: unexpected </seg>' };
    expect(localizeError(body, 'de').message).toBe('Die Datei kann nicht verwendet werden (a.xlf: line 3, column 7: unexpected </seg>)');
    expect(localizeError(body, 'en')).toEqual(body);
  });

  it('has the same placeholders in every translated sentence', () => {
    for (const catalogue of [ru, de]) {
      for (const [english, wording] of Object.entries(catalogue.sentences)) expect([english, placeholders(wording)]).toEqual([english, placeholders(english)]);
    }
    expect(Object.keys(de.sentences).sort()).toEqual(Object.keys(ru.sentences).sort());
    expect(translateSentence('Wrong email or password', 'de')).toBe('E-Mail-Adresse oder Passwort falsch');
  });
});

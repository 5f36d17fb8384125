import type { ApiError, FieldIssue, UiLanguage } from '@interlinea/shared';
import type { ErrorCode } from './app.exception';
import type { ErrorCatalogue } from './messages/error-catalogue';
import { de } from './messages/de';
import { en } from './messages/en';
import { ru } from './messages/ru';
import { fieldMessage, type RequestIssue } from './field-message';

const CATALOGUES: Record<UiLanguage, ErrorCatalogue> = { en, ru, de };

interface CompiledSentence {
  pattern: RegExp;
  names: string[];
  wording: string;
}

const compiled = new Map<UiLanguage, CompiledSentence[]>();

function sentencesOf(locale: UiLanguage): CompiledSentence[] {
  let list = compiled.get(locale);
  if (!list) {
    list = Object.entries(CATALOGUES[locale].sentences).map(([english, wording]) => {
      const names: string[] = [];
      const source = english.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{(\w+)\\\}/g, (_, name: string) => {
        names.push(name);
        return '(.+?)';
      });
      return { pattern: new RegExp(`^${source}$`, 's'), names, wording };
    });
    compiled.set(locale, list);
  }
  return list;
}

/** One of the API's English sentences in `locale`, or null when the catalogue does not know it. */
export function translateSentence(message: string, locale: UiLanguage): string | null {
  if (locale === 'en') return message;
  const catalogue = CATALOGUES[locale];
  for (const sentence of sentencesOf(locale)) {
    const match = sentence.pattern.exec(message);
    if (!match) continue;
    const values = new Map(sentence.names.map((name, i) => [name, match[i + 1]]));
    return sentence.wording.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = values.get(name) ?? '';
      return catalogue.things[value] ?? value;
    });
  }
  // `field: sentence`, as AppException.invalid words it
  const field = /^([\w.()[\]-]+): (.+)$/s.exec(message);
  if (field) {
    const rest = translateSentence(field[2], locale);
    if (rest !== null) return `${field[1]}: ${rest}`;
  }
  return null;
}

/** A sentence of ours (known to the catalogue) in `locale`; null for zod's own English. */
function ownWords(message: string, locale: UiLanguage): string | null {
  const russian = translateSentence(message, 'ru');
  if (russian === null) return null;
  return locale === 'ru' ? russian : translateSentence(message, locale);
}

function translateMessage(code: ErrorCode, message: string, locale: UiLanguage): string {
  if (locale === 'en') return message;
  const catalogue = CATALOGUES[locale];
  if (message === en.codes[code]) return catalogue.codes[code];
  const sentence = translateSentence(message, locale);
  if (sentence !== null) return sentence;
  // A sentence we have no wording for (a parser's position report, a provider's answer): say what
  // happened in the person's language and keep the original as the detail.
  return message ? `${catalogue.codes[code]} (${message})` : catalogue.codes[code];
}

function isFieldIssues(details: unknown): details is FieldIssue[] {
  return Array.isArray(details) && details.every((d) => d && typeof d === 'object' && typeof d.field === 'string' && typeof d.message === 'string');
}

/**
 * The error body in the person's language: `code` and `details` stay as they are (field names,
 * positions), `message` and the field messages are translated. Request validation errors come with
 * their zod issues, worded from the issue rather than from zod's English.
 */
export function localizeError(body: ApiError, locale: UiLanguage, issues?: RequestIssue[]): ApiError {
  const code = body.code as ErrorCode;
  if (issues) {
    const details: FieldIssue[] = issues.map((issue) => ({
      field: issue.field,
      message: fieldMessage(issue, CATALOGUES[locale], locale, (m) => ownWords(m, locale)),
    }));
    const summary = details.map((d) => `${d.field}: ${d.message}`).join('; ');
    const prefix = locale === 'en' ? 'Invalid request: {summary}' : CATALOGUES[locale].sentences['Invalid request: {summary}'];
    return { ...body, message: prefix.replace('{summary}', summary), details };
  }
  const message = translateMessage(code, body.message, locale);
  if (locale === 'en' || !isFieldIssues(body.details)) return { ...body, message };
  const details = body.details.map((d) => ({ ...d, message: translateSentence(d.message, locale) ?? d.message }));
  return { ...body, message, details };
}

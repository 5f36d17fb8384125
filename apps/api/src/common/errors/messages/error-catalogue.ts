import type { UiLanguage } from '@interlinea/shared';
import type { ErrorCode } from '../app.exception';

/** What one language says for the API's errors. English is the source: its sentences are the keys. */
export interface ErrorCatalogue {
  /** A general sentence per error code, for a message that has no sentence of its own here. */
  codes: Record<ErrorCode, string>;
  /**
   * The API's English sentences (with `{name}` for the parts that vary) and this language's wording.
   * A sentence not listed falls back to the code's sentence.
   */
  sentences: Record<string, string>;
  /** Names of things inserted into sentences (`{what} not found`). */
  things: Record<string, string>;
  /** Field errors of request bodies, from the zod issue. */
  fields: FieldMessages;
}

export interface FieldMessages {
  required: string;
  /** `{expected}`: a type name. */
  wrongType: string;
  /** `{count}` characters. */
  tooShort: string;
  tooLong: string;
  /** `{count}` items. */
  tooFew: string;
  tooMany: string;
  tooSmall: string;
  tooLarge: string;
  /** `{options}`: the allowed values. */
  notOneOf: string;
  /** `{format}`: email, uuid, url … */
  badFormat: string;
  unknownKeys: string;
  invalid: string;
}

export type ErrorLocale = UiLanguage;

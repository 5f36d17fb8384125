import { ERROR_CODES } from '@interlinea/shared';
import type { ErrorCatalogue } from './error-catalogue';

/** English: the API's own wording; the code sentences serve when a message is empty. */
export const en: ErrorCatalogue = {
  codes: {
    [ERROR_CODES.validation]: 'The request is not valid',
    [ERROR_CODES.unauthenticated]: 'Please log in',
    [ERROR_CODES.forbidden]: 'You do not have the role needed for this action',
    [ERROR_CODES.csrf]: 'Missing or wrong X-CSRF-Token header; reload the page and try again',
    [ERROR_CODES.notFound]: 'Not found',
    [ERROR_CODES.conflict]: 'Someone changed this in the meantime',
    [ERROR_CODES.tooManyAttempts]: 'Too many attempts; wait and try again',
    [ERROR_CODES.fileTooLarge]: 'The file is too large.',
    [ERROR_CODES.fileRejected]: 'The file cannot be used',
    [ERROR_CODES.internal]: 'Something went wrong on the server; it has been logged.',
    [ERROR_CODES.mtDisabled]: 'Machine translation is off',
    [ERROR_CODES.mtAuthFailed]: 'DeepL refused the API key',
    [ERROR_CODES.mtQuotaExceeded]: 'The DeepL quota is used up',
    [ERROR_CODES.mtTimeout]: 'DeepL did not answer in time',
    [ERROR_CODES.mtUnavailable]: 'Machine translation is unavailable right now',
    [ERROR_CODES.jobState]: 'The job cannot do that in its present state',
    [ERROR_CODES.databaseUnavailable]: 'The database is not available right now; try again in a few seconds',
    [ERROR_CODES.languageMismatch]: "The text seems to be in another language than the project's source language",
    [ERROR_CODES.qaErrors]: 'The edition has open QA errors: fix them, or export anyway',
    [ERROR_CODES.roleAlreadyGranted]: 'This person already has this role',
  },
  sentences: {},
  things: {},
  fields: {
    required: 'required',
    wrongType: 'expected {expected}',
    tooShort: 'at least {count} characters',
    tooLong: 'at most {count} characters',
    tooFew: 'at least {count} items',
    tooMany: 'at most {count} items',
    tooSmall: 'at least {count}',
    tooLarge: 'at most {count}',
    notOneOf: 'one of {options}',
    badFormat: 'not a valid {format}',
    unknownKeys: 'unknown field {keys}',
    invalid: 'not valid',
  },
};

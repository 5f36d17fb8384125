import type { TFunction } from 'i18next';
import type { ZodError } from 'zod';
import { ApiRequestError } from '../../../api/api-request-error';

/** Problems per form field, keyed by the field path (`targetLanguages`, `email` …). */
export type FieldErrors = Record<string, string>;

type Issue = ZodError['issues'][number];

function localize(t: TFunction, issue: Issue): string {
  if (issue.code === 'too_small' && issue.origin === 'string') {
    return Number(issue.minimum) <= 1 ? t('common:validation.required') : t('common:validation.minLength', { count: Number(issue.minimum) });
  }
  if (issue.code === 'too_small' && issue.origin === 'array') return t('common:validation.pickOne');
  if (issue.code === 'invalid_format' && issue.format === 'email') return t('common:validation.email');
  if (issue.code === 'too_big') return t('common:validation.tooLong');
  return issue.message;
}

/**
 * Turns a failed zod parse or a 422 answer (`details: FieldIssue[]`) into one message per field.
 * The first message for a field wins; a nested path (`targetLanguages.0`) also counts for its root.
 */
export function fieldErrorsFrom(t: TFunction, error: ZodError | ApiRequestError | unknown): FieldErrors {
  const result: FieldErrors = {};
  const add = (path: string, message: string) => {
    const root = path.split('.')[0];
    if (!(path in result)) result[path] = message;
    if (!(root in result)) result[root] = message;
  };
  if (error instanceof ApiRequestError) {
    error.fieldIssues.forEach((issue) => add(issue.field, issue.message));
  } else if (error && typeof error === 'object' && 'issues' in error && Array.isArray((error as ZodError).issues)) {
    (error as ZodError).issues.forEach((issue) => add(issue.path.join('.'), localize(t, issue)));
  }
  return result;
}

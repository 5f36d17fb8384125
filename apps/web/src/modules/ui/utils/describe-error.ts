import type { TFunction } from 'i18next';
import { ApiRequestError } from '../../../api/api-request-error';

/** A sentence for the user about a failed request: our words for common cases, the server's otherwise. */
export function describeError(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiRequestError)) return t('common:errors.unexpected');
  if (error.status === 0) return t('common:errors.network');
  if (error.status === 403) return t('common:errors.forbidden');
  if (error.status === 404) return t('common:errors.notFound');
  if (error.status === 429) return t('common:errors.tooManyAttempts');
  if (error.status >= 500) return t('common:errors.server');
  return error.message;
}

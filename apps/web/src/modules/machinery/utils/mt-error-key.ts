import { ERROR_CODES } from '@interlinea/shared';
import { ApiRequestError } from '../../../api/api-request-error';

const KEYS: Record<string, string> = {
  [ERROR_CODES.mtQuotaExceeded]: 'machinery:mtError.quota',
  [ERROR_CODES.mtAuthFailed]: 'machinery:mtError.auth',
  [ERROR_CODES.mtTimeout]: 'machinery:mtError.timeout',
  [ERROR_CODES.mtUnavailable]: 'machinery:mtError.unavailable',
  [ERROR_CODES.mtDisabled]: 'machinery:mtError.disabled',
  [ERROR_CODES.forbidden]: 'machinery:mtError.forbidden',
};

/** The locale key of a sentence about a failed MT request: quota, key, timeout … or a generic one. */
export function mtErrorKey(error: unknown): string {
  if (error instanceof ApiRequestError) return KEYS[error.code] ?? (error.status === 0 ? 'machinery:mtError.network' : 'machinery:mtError.other');
  return 'machinery:mtError.other';
}

import { ERROR_CODES, versionConflictDetailsSchema, type Translation } from '@interlinea/shared';
import { ApiRequestError } from '../../../api/api-request-error';

/** What a failed save means for the change: wait and retry, decide a conflict, or show why it was refused. */
export type SaveFailure =
  | { kind: 'offline' }
  | { kind: 'unavailable'; retryAfter: number | null }
  /** Signed out meanwhile: the change waits for the next sign-in. */
  | { kind: 'signed-out' }
  | { kind: 'conflict'; current: Translation }
  | { kind: 'refused'; error: { status: number; code: string; message: string } };

export function classifySaveFailure(cause: unknown): SaveFailure {
  if (!(cause instanceof ApiRequestError)) {
    return { kind: 'refused', error: { status: 0, code: 'UNKNOWN', message: cause instanceof Error ? cause.message : String(cause) } };
  }
  if (cause.status === 0 || cause.code === 'NETWORK_ERROR') return { kind: 'offline' };
  if (cause.status === 503 || cause.code === ERROR_CODES.databaseUnavailable) {
    const fromBody = (cause.details as { retryAfterSeconds?: unknown } | null)?.retryAfterSeconds;
    return { kind: 'unavailable', retryAfter: cause.retryAfterSeconds ?? (typeof fromBody === 'number' ? fromBody : null) };
  }
  if (cause.status === 401) return { kind: 'signed-out' };
  if (cause.status === 409) {
    const details = versionConflictDetailsSchema.safeParse(cause.details);
    if (details.success) return { kind: 'conflict', current: details.data.current };
  }
  return { kind: 'refused', error: { status: cause.status, code: cause.code, message: cause.message } };
}

/** A failure after which the change should wait in the queue and be sent again later. */
export function isTransient(failure: SaveFailure): boolean {
  return failure.kind === 'offline' || failure.kind === 'unavailable' || failure.kind === 'signed-out';
}

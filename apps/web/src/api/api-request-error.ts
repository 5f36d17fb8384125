import type { FieldIssue } from '@interlinea/shared';

/** A failed API call: HTTP status plus the `{code, message, details}` body the API always sends. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown,
    /** The answer's `Retry-After`, in seconds (a 503 while the database is away, a 429). */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'ApiRequestError';
  }

  /** Field problems of a 422 (or 400) answer, empty when the body carries none. */
  get fieldIssues(): FieldIssue[] {
    if (!Array.isArray(this.details)) return [];
    return this.details.filter(
      (d): d is FieldIssue =>
        typeof d === 'object' && d !== null && typeof (d as FieldIssue).field === 'string' && typeof (d as FieldIssue).message === 'string',
    );
  }
}

import { z } from 'zod';

/** Every error the API returns has this body, whatever the status. */
export const apiErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  details: z.unknown().optional(),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

/** One problem in a request body, named by its field path (e.g. `targetLanguages.0`). */
export const fieldIssueSchema = z.object({ field: z.string(), message: z.string() });
export type FieldIssue = z.infer<typeof fieldIssueSchema>;

export const ERROR_CODES = {
  validation: 'VALIDATION_FAILED',
  unauthenticated: 'UNAUTHENTICATED',
  forbidden: 'FORBIDDEN',
  csrf: 'CSRF_TOKEN_INVALID',
  notFound: 'NOT_FOUND',
  conflict: 'VERSION_CONFLICT',
  tooManyAttempts: 'TOO_MANY_ATTEMPTS',
  fileTooLarge: 'FILE_TOO_LARGE',
  fileRejected: 'FILE_REJECTED',
  /** A PDF without a text layer (scanned pages): readable, but nothing to import without OCR. */
  pdfNoText: 'PDF_NO_TEXT',
  internal: 'INTERNAL_ERROR',
  mtDisabled: 'MT_DISABLED',
  mtAuthFailed: 'MT_AUTH_FAILED',
  mtQuotaExceeded: 'MT_QUOTA_EXCEEDED',
  mtTimeout: 'MT_TIMEOUT',
  mtUnavailable: 'MT_UNAVAILABLE',
  jobState: 'JOB_STATE_INVALID',
  databaseUnavailable: 'DATABASE_UNAVAILABLE',
  /** Granting a role the person already holds (same role, same edition). */
  roleAlreadyGranted: 'ROLE_ALREADY_GRANTED',
  languageMismatch: 'LANGUAGE_MISMATCH',
  qaErrors: 'QA_ERRORS',
  /** `fromLanguage` names neither the source language nor another edition of the project (or a pivot without a translation). */
  originInvalid: 'ORIGIN_INVALID',
  /** Confirming an outdated translation that is not outdated (any more). */
  notOutdated: 'NOT_OUTDATED',
  /** A corrected original that was already applied, or no longer fits the document. */
  correctionInvalid: 'CORRECTION_INVALID',
  /** Someone else holds the soft lock of the segment (take it over with `force: true`). */
  segmentLocked: 'SEGMENT_LOCKED',
} as const;

import { z } from 'zod';
import { languageSchema } from './languages';

/** The QA checks, by their stable codes (the same list as `QA_CODES` of `@interlinea/qa`). */
export const QA_CHECKS = [
  'CODE_MISSING',
  'CODE_EXTRA',
  'CODE_ORDER',
  'NUMBER_MISMATCH',
  'SPACES',
  'END_PUNCTUATION',
  'UNBALANCED',
  'TYPOGRAPHY',
  'UNTRANSLATED',
  'EMPTY',
  'LENGTH',
  'TERM_MISSING',
  'TERM_FORBIDDEN',
  'INCONSISTENT',
] as const;
export const qaCodeSchema = z.enum(QA_CHECKS);
export type QaCheckCode = z.infer<typeof qaCodeSchema>;
export const qaSeveritySchema = z.enum(['error', 'warning']);

/** `GET /api/documents/:id/qa?lang=`: which edition to check. */
export const qaReportQuerySchema = z.object({ lang: languageSchema });
export type QaReportQuery = z.infer<typeof qaReportQuerySchema>;

/**
 * One finding of the QA report: the segment, the check's code and severity, the message in the
 * reader's language, whether someone marked it ignored (who and when), and where to highlight:
 * `start`/`end` in the translation, `sourceStart`/`sourceEnd` in the source.
 */
export const qaReportFindingSchema = z.object({
  segmentId: z.string().uuid(),
  segmentIndex: z.number().int(),
  code: qaCodeSchema,
  severity: qaSeveritySchema,
  message: z.string(),
  ignored: z.boolean(),
  ignoredBy: z.string().nullable(),
  ignoredAt: z.string().nullable(),
  start: z.number().int(),
  end: z.number().int(),
  sourceStart: z.number().int().optional(),
  sourceEnd: z.number().int().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type QaReportFinding = z.infer<typeof qaReportFindingSchema>;

/** `POST /api/segments/:id/qa-ignores` (and `DELETE` with the same fields, as body or query). */
export const qaIgnoreRequestSchema = z.object({ language: languageSchema, code: qaCodeSchema });
export type QaIgnoreRequest = z.infer<typeof qaIgnoreRequestSchema>;

export const qaIgnoreSchema = z.object({
  segmentId: z.string().uuid(),
  language: languageSchema,
  code: qaCodeSchema,
  ignoredBy: z.string().nullable(),
  ignoredAt: z.string(),
});
export type QaIgnore = z.infer<typeof qaIgnoreSchema>;

/** A project's QA settings: the checks switched off (all are on by default), and the same as a switch per check. */
export const qaSettingsSchema = z.object({
  disabled: z.array(qaCodeSchema),
  checks: z.record(qaCodeSchema, z.boolean()),
});
export type QaSettings = z.infer<typeof qaSettingsSchema>;

/**
 * `PUT`/`PATCH /api/projects/:id/qa-settings`: either the full list of checks switched off
 * (`{ disabled: ["LENGTH"] }`), or switches for some checks (`{ checks: { LENGTH: false } }`), the others kept.
 */
export const updateQaSettingsSchema = z.union([
  z.object({ disabled: z.array(qaCodeSchema) }).strict(),
  z.object({ checks: z.partialRecord(qaCodeSchema, z.boolean()) }).strict(),
]);
export type UpdateQaSettings = z.infer<typeof updateQaSettingsSchema>;

/** A check with what the editor needs to run it in the browser: the glossary of the pair and the switched-off checks. */
export const qaTermSchema = z.object({ sourceTerm: z.string(), targetTerm: z.string(), forbidden: z.array(z.string()) });
export const qaEditionContextSchema = z.object({
  disabled: z.array(qaCodeSchema),
  terms: z.array(qaTermSchema),
  /** The codes marked ignored, per segment of the document, so the editor shows those findings as ignored. */
  ignored: z.array(z.object({ segmentId: z.string().uuid(), code: qaCodeSchema })),
});
export type QaEditionContext = z.infer<typeof qaEditionContextSchema>;

/** Details of the 409 `QA_ERRORS` an export answers when the edition has open QA errors and no `overrideQa=true`. */
export const qaExportRefusalSchema = z.object({ errors: z.number().int(), segments: z.number().int() });
export type QaExportRefusal = z.infer<typeof qaExportRefusalSchema>;

/** An export published although the edition had open QA errors: `GET /api/documents/:id/export-overrides`. */
export const exportOverrideSchema = z.object({
  language: languageSchema,
  userName: z.string().nullable(),
  errors: z.number().int(),
  createdAt: z.string(),
});
export type ExportOverride = z.infer<typeof exportOverrideSchema>;

import { z } from 'zod';
import { languageSchema } from './languages';
import { exportQuerySchema, UNAPPROVED_POLICIES } from './documents';
import { translationStatusSchema } from './segments';

/**
 * `GET /api/documents/:id/export/preview`: what an export with these choices would publish. `unapproved`
 * also takes `current` (the same as `translation`: the current translation goes out as it stands).
 */
export const exportPreviewQuerySchema = z.object({
  lang: languageSchema,
  unapproved: z
    .enum([...UNAPPROVED_POLICIES, 'current'])
    .default('translation')
    .transform((v) => (v === 'current' ? 'translation' : v)),
});
export type ExportPreviewQuery = z.infer<typeof exportPreviewQuerySchema>;

/** Why a segment in the preview is not an approved translation. */
export const PREVIEW_REASONS = ['rejected', 'unreviewed', 'untranslated'] as const;
export const previewReasonSchema = z.enum(PREVIEW_REASONS);
export type PreviewReason = z.infer<typeof previewReasonSchema>;

export const previewSegmentSchema = z.object({
  segmentId: z.string().uuid(),
  /** 0-based position in the document. */
  index: z.number().int(),
  source: z.string(),
  /** The translation that goes out with these choices (null: the source stands in for it). */
  text: z.string().nullable(),
  status: translationStatusSchema.nullable(),
  reason: previewReasonSchema,
});
export type PreviewSegment = z.infer<typeof previewSegmentSchema>;

export const exportPreviewSchema = z.object({
  lang: languageSchema,
  unapproved: z.enum(UNAPPROVED_POLICIES),
  /** Segments for translation (site furniture is not counted). */
  segments: z.number().int(),
  approved: z.number().int(),
  /** Rejected translations: with `translation` they go out as they stand, with `source` the source stands in. */
  rejected: z.number().int(),
  /** Translations nobody approved or rejected yet (draft or confirmed): with `translation` they go out as they stand. */
  unreviewed: z.number().int(),
  /** Segments without a translation: the source stands in. */
  untranslated: z.number().int(),
  /** True when the export would be refused (`refuse` and something is not approved). */
  refused: z.boolean(),
  /** Every segment counted above as rejected, unreviewed or untranslated, in document order. */
  items: z.array(previewSegmentSchema),
});
export type ExportPreview = z.infer<typeof exportPreviewSchema>;

/** A parallel edition: the source and one or two editions side by side, paragraph by paragraph. */
export const PARALLEL_FORMATS = ['html', 'docx'] as const;
export const parallelQuerySchema = z.object({
  langs: z
    .string()
    .transform((v) => v.split(',').map((l) => l.trim()))
    .pipe(
      z
        .array(languageSchema)
        .min(1, 'name one or two editions')
        .max(2, 'name one or two editions')
        .refine((l) => new Set(l).size === l.length, 'do not repeat an edition'),
    ),
  format: z.enum(PARALLEL_FORMATS).default('html'),
  unapproved: z.enum(['translation', 'source']).default('translation'),
  /** Publish although an edition has open QA errors (recorded, as for any export). */
  overrideQa: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
  /** Include the source column (default) or show the editions only. */
  source: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v !== 'false'),
});
export type ParallelQuery = z.infer<typeof parallelQuerySchema>;

/** `GET /api/documents/:id/export/all`: every edition in its own format (or XLIFF), in one ZIP. */
export const exportAllQuerySchema = exportQuerySchema.omit({ lang: true });
export type ExportAllQuery = z.infer<typeof exportAllQuerySchema>;

import { z } from 'zod';
import { languageSchema } from './languages';

const termText = z
  .string()
  .trim()
  .min(1)
  .max(500)
  .refine((t) => !/[\t\n\r]/.test(t), 'must not contain tabs or line breaks');

/** One approved term pair of a project glossary, for one language pair. */
export const glossaryTermSchema = z.object({
  id: z.string().uuid(),
  sourceLanguage: languageSchema,
  targetLanguage: languageSchema,
  sourceTerm: z.string(),
  targetTerm: z.string(),
  note: z.string().nullable(),
  /** Target variants translators must not use (QA warns when they appear). */
  forbidden: z.array(z.string()),
  updatedAt: z.string(),
});
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

export const createGlossaryTermRequestSchema = z
  .object({
    sourceLanguage: languageSchema,
    targetLanguage: languageSchema,
    sourceTerm: termText,
    targetTerm: termText,
    note: z.string().trim().max(2000).nullable().optional(),
    forbidden: z.array(termText).max(20).optional(),
  })
  .refine((v) => v.sourceLanguage !== v.targetLanguage, { path: ['targetLanguage'], message: 'must differ from the source language' });
export type CreateGlossaryTermRequest = z.infer<typeof createGlossaryTermRequestSchema>;

export const updateGlossaryTermRequestSchema = z.object({
  sourceTerm: termText.optional(),
  targetTerm: termText.optional(),
  note: z.string().trim().max(2000).nullable().optional(),
  forbidden: z.array(termText).max(20).optional(),
});
export type UpdateGlossaryTermRequest = z.infer<typeof updateGlossaryTermRequestSchema>;

/** `GET /api/projects/:id/glossary?source=&target=` (both optional filters). */
export const glossaryListQuerySchema = z.object({ source: languageSchema.optional(), target: languageSchema.optional() });
export type GlossaryListQuery = z.infer<typeof glossaryListQuerySchema>;

/**
 * Import: multipart `file` plus these fields. CSV needs the language pair (columns: source, target,
 * note, forbidden — forbidden variants separated by `|`; a header row is recognised); TBX carries
 * its languages, and the pair picks which of them to import.
 */
export const glossaryImportRequestSchema = z.object({
  format: z.enum(['csv', 'tbx']).optional(),
  sourceLanguage: languageSchema,
  targetLanguage: languageSchema,
});
export type GlossaryImportRequest = z.infer<typeof glossaryImportRequestSchema>;

export const glossaryImportResultSchema = z.object({
  /** Entries (CSV rows, TBX concepts) read from the file. */
  read: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  /** Entries without both languages of the pair. */
  skipped: z.number().int(),
  /** Languages the file holds (TBX), so a user sees why nothing matched. */
  languagesInFile: z.array(z.string()),
});
export type GlossaryImportResult = z.infer<typeof glossaryImportResultSchema>;

export const glossaryExportQuerySchema = z.object({
  format: z.enum(['csv', 'tbx']).default('csv'),
  source: languageSchema,
  target: languageSchema,
});
export type GlossaryExportQuery = z.infer<typeof glossaryExportQuerySchema>;

/** A glossary term found in a segment's source, and whether the target uses its approved translation. */
export const segmentGlossaryTermSchema = glossaryTermSchema.extend({
  /** How the source matched: the exact form, or an inflected one (stem match in ru/de/en). */
  match: z.enum(['exact', 'inflected']),
  /** The words of the source that matched. */
  matchedText: z.string(),
  /** True when the approved translation (or an inflected form) appears in the target. */
  presentInTarget: z.boolean(),
});
export type SegmentGlossaryTerm = z.infer<typeof segmentGlossaryTermSchema>;

export const glossaryWarningSchema = z.object({
  kind: z.enum(['missing-term', 'forbidden-term']),
  termId: z.string().uuid(),
  message: z.string(),
});
export type GlossaryWarning = z.infer<typeof glossaryWarningSchema>;

/** `GET /api/segments/:id/glossary?lang=xx`. */
export const segmentGlossarySchema = z.object({
  terms: z.array(segmentGlossaryTermSchema),
  warnings: z.array(glossaryWarningSchema),
});
export type SegmentGlossary = z.infer<typeof segmentGlossarySchema>;

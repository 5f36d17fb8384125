import { z } from 'zod';
import { editionProgressSchema } from './projects';

export const DOCUMENT_FORMATS = ['txt', 'md', 'html', 'docx', 'odt', 'pdf', 'xliff'] as const;
export const documentFormatSchema = z.enum(DOCUMENT_FORMATS);
export type DocumentFormat = z.infer<typeof documentFormatSchema>;

/** Largest upload accepted, in bytes. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

export const documentSummarySchema = z.object({
  id: z.string().uuid(),
  projectId: z.string().uuid(),
  title: z.string(),
  format: documentFormatSchema,
  segmentCount: z.number().int(),
  wordCount: z.number().int(),
  createdAt: z.string(),
  progress: z.array(editionProgressSchema),
});
export type DocumentSummary = z.infer<typeof documentSummarySchema>;

export const importResultSchema = z.object({
  id: z.string().uuid(),
  title: z.string(),
  format: documentFormatSchema,
  segmentCount: z.number().int(),
  wordCount: z.number().int(),
  /** Bilingual files (XLIFF): translations taken over from the file. */
  importedTranslations: z.number().int().optional(),
  /** Approvals (and rejections) in the file the uploader may not give: saved as translated (draft). */
  statusesLowered: z.number().int().optional(),
  /** Segments recognised as site furniture (menus, share buttons) and kept as not for translation. */
  furnitureSegments: z.number().int().optional(),
  /** Bilingual files: targets left out because they are copies of their source the file does not mark as translated (absent: none). */
  skippedSourceCopies: z.number().int().optional(),
});

/**
 * Body `details` of the 409 `LANGUAGE_MISMATCH` an upload answers when its text is not in the
 * project's source language; nothing is stored. Uploading again with `confirmLanguage=true` stores it.
 */
export const languageMismatchDetailsSchema = z.object({
  detected: z.string(),
  expected: z.enum(['ru', 'en', 'de']),
  /** 0–1: how sure the identification is. */
  confidence: z.number(),
});
export type LanguageMismatchDetails = z.infer<typeof languageMismatchDetailsSchema>;

/** Multipart fields besides `file`. */
export const importOptionsSchema = z.object({
  /** HTML: keep only the article, dropping navigation, share buttons and footers. */
  mainContentOnly: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
  /** The text's language was found to differ from the project's source language: import it all the same. */
  confirmLanguage: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});
export type ImportOptions = z.infer<typeof importOptionsSchema>;

/** Re-importing a translated XLIFF of this document: what happened to its units. */
export const xliffUpdateResultSchema = z.object({
  language: z.enum(['ru', 'en', 'de']),
  updated: z.number().int(),
  unchanged: z.number().int(),
  /** Units whose id names no segment of this document. */
  unknown: z.array(z.string()),
  /** Approvals (and rejections) in the file the uploader may not give: saved as translated (draft). */
  statusesLowered: z.number().int(),
  /** Targets left out because they are copies of their source the file does not mark as translated (absent: none). */
  skippedSourceCopies: z.number().int().optional(),
});
export type XliffUpdateResult = z.infer<typeof xliffUpdateResultSchema>;
export type ImportResult = z.infer<typeof importResultSchema>;

/** What an export does with segments that are not approved. */
export const UNAPPROVED_POLICIES = ['translation', 'source', 'refuse'] as const;
export const unapprovedPolicySchema = z.enum(UNAPPROVED_POLICIES);
export type UnapprovedPolicy = z.infer<typeof unapprovedPolicySchema>;

/**
 * An edition is exported in its document's own format, or as XLIFF for another CAT tool.
 * Naming the document's own format is the same as leaving `format` out.
 */
export const EXPORT_FORMATS = [...DOCUMENT_FORMATS, 'xliff12', 'xliff20'] as const;
export const exportFormatSchema = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

export const exportQuerySchema = z.object({
  lang: z.enum(['ru', 'en', 'de']),
  format: exportFormatSchema.optional(),
  unapproved: unapprovedPolicySchema.default('translation'),
  /** Segments not for translation (site furniture): written as they are (`keep`) or left out (`drop`). */
  furniture: z.enum(['keep', 'drop']).default('keep'),
  /** Publish although the edition has open QA errors (recorded with who, when and how many). */
  overrideQa: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});
export type ExportQuery = z.infer<typeof exportQuerySchema>;

/** Body of the 422 an export with `unapproved=refuse` answers when segments are not approved. */
export const unapprovedSegmentSchema = z.object({ segmentId: z.string().uuid(), index: z.number().int(), source: z.string(), status: z.string().nullable() });
export type UnapprovedSegment = z.infer<typeof unapprovedSegmentSchema>;
export const exportRefusalDetailsSchema = z.object({ segments: z.array(unapprovedSegmentSchema) });
export type ExportRefusalDetails = z.infer<typeof exportRefusalDetailsSchema>;

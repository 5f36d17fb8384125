import { z } from 'zod';
import { languageSchema } from './languages';
import { diffOpSchema } from './memory';

/**
 * Editions that know where they come from (provenance), notice when their origin changes (outdated),
 * follow corrections of the original, and are published as immutable snapshots.
 */

/** One origin that changed after the translation was made: the source, or the pivot edition it was made from. */
export const originChangeSchema = z.object({
  kind: z.enum(['source', 'pivot']),
  language: languageSchema,
  /** The origin's version the translation was made from, and its version now. */
  fromVersion: z.number().int(),
  currentVersion: z.number().int(),
  /** The origin's text then (null when that version is no longer known) and now. */
  before: z.string().nullable(),
  after: z.string(),
  /** Word diff from `before` to `after`. */
  diff: z.array(diffOpSchema),
});
export type OriginChange = z.infer<typeof originChangeSchema>;

/** `GET /api/segments/:id/translations/:lang/provenance`: what the translation was made from, and what changed since. */
export const provenanceSchema = z.object({
  /** Null: no translation yet. */
  fromLanguage: languageSchema.nullable(),
  fromVersion: z.number().int().nullable(),
  /** The origin is the project's source (not a pivot edition). */
  fromSource: z.boolean(),
  outdated: z.boolean(),
  /** What changed: the pivot's text, the source, or both (empty when not outdated). */
  changes: z.array(originChangeSchema),
});
export type Provenance = z.infer<typeof provenanceSchema>;

/** `POST /api/segments/:id/translations/:lang/confirm-outdated`: the translation at `version` still holds. */
export const confirmOutdatedRequestSchema = z.object({ version: z.number().int().min(1) }).strict();
export type ConfirmOutdatedRequest = z.infer<typeof confirmOutdatedRequestSchema>;

/** `PATCH /api/segments/:id/source`: a manager corrects the original, over the source version the segment list gave. */
export const correctSourceRequestSchema = z
  .object({
    text: z.string().trim().min(1, 'the source needs some text').max(20000),
    version: z.number().int().min(1),
  })
  .strict();
export type CorrectSourceRequest = z.infer<typeof correctSourceRequestSchema>;

export const correctSourceResultSchema = z.object({
  id: z.string().uuid(),
  source: z.string(),
  sourceVersion: z.number().int(),
  wordCount: z.number().int(),
  /** Editions whose translation of the segment is now outdated. */
  outdatedIn: z.array(languageSchema),
});
export type CorrectSourceResult = z.infer<typeof correctSourceResultSchema>;

/** Body `details` of the 409 a stale source correction gets. */
export const sourceConflictDetailsSchema = z.object({
  current: z.object({ text: z.string(), version: z.number().int() }),
  submitted: z.object({ text: z.string(), version: z.number().int() }),
});
export type SourceConflictDetails = z.infer<typeof sourceConflictDetailsSchema>;

export const CORRECTION_PAIR_KINDS = ['unchanged', 'changed', 'new', 'removed'] as const;
/** One segment of a corrected original, paired with the old one it replaces (none: new), or an old one left out (removed). */
export const correctionPairSchema = z.object({
  kind: z.enum(CORRECTION_PAIR_KINDS),
  /** The old segment (kept, with its translations) and its position; null for a new segment. */
  segmentId: z.string().uuid().nullable(),
  oldIndex: z.number().int().nullable(),
  newIndex: z.number().int().nullable(),
  before: z.string().nullable(),
  after: z.string().nullable(),
  /** How much of the old text the new one keeps (0–1). */
  similarity: z.number().nullable(),
});
export type CorrectionPair = z.infer<typeof correctionPairSchema>;

const correctionCounts = {
  unchanged: z.number().int(),
  changed: z.number().int(),
  new: z.number().int(),
  removed: z.number().int(),
};

/** `POST /api/documents/:id/corrections/preview`: what applying the corrected original would do. */
export const correctionPreviewSchema = z.object({
  previewId: z.string().uuid(),
  fileName: z.string(),
  ...correctionCounts,
  pairs: z.array(correctionPairSchema),
});
export type CorrectionPreview = z.infer<typeof correctionPreviewSchema>;

/** `POST /api/documents/:id/corrections` with JSON `{ previewId }` (or the same file again, multipart). */
export const applyCorrectionRequestSchema = z.object({ previewId: z.string().uuid().optional() });
export type ApplyCorrectionRequest = z.infer<typeof applyCorrectionRequestSchema>;

export const correctionResultSchema = z.object({
  ...correctionCounts,
  segmentCount: z.number().int(),
  /** Per edition: translations now outdated by this correction. */
  outdated: z.array(z.object({ language: languageSchema, count: z.number().int() })),
});
export type CorrectionResult = z.infer<typeof correctionResultSchema>;

/** `POST /api/documents/:id/publications`. */
export const publishRequestSchema = z
  .object({
    lang: languageSchema,
    /** Publish although the edition has open QA errors (recorded with who and how many, as an export's override). */
    overrideQa: z.boolean().optional(),
  })
  .strict();
export type PublishRequest = z.infer<typeof publishRequestSchema>;

export const publicationSchema = z.object({
  id: z.string().uuid(),
  documentId: z.string().uuid(),
  language: languageSchema,
  /** 1, 2, 3 … per document and edition. */
  number: z.number().int(),
  createdAt: z.string(),
  authorName: z.string().nullable(),
  segmentCount: z.number().int(),
  /** Segments published with a translation (the others went out as their source). */
  translatedCount: z.number().int(),
  /** The formats its files download in (`GET /api/publications/:id/export?format=`). */
  formats: z.array(z.string()),
});
export type Publication = z.infer<typeof publicationSchema>;

export const publicationListQuerySchema = z.object({ lang: languageSchema.optional() });
export const publicationExportQuerySchema = z.object({ format: z.string().max(10).optional() });
export type PublicationExportQuery = z.infer<typeof publicationExportQuerySchema>;

/** One segment that differs between two states of an edition (two publications, or a publication and now). */
export const editionChangeSchema = z.object({
  segmentId: z.string().uuid(),
  /** Its position in the later state (the earlier one for a removed segment). */
  index: z.number().int(),
  change: z.enum(['changed', 'added', 'removed']),
  sourceBefore: z.string().nullable(),
  sourceAfter: z.string().nullable(),
  /** The text the edition shows (its translation, else the source) before and after. */
  textBefore: z.string().nullable(),
  textAfter: z.string().nullable(),
  /** Word diffs of the source and of the edition's text. */
  sourceDiff: z.array(diffOpSchema),
  textDiff: z.array(diffOpSchema),
  /** Now outdated (only when comparing with the current state). */
  outdated: z.boolean().optional(),
});
export type EditionChange = z.infer<typeof editionChangeSchema>;

/** `GET /api/publications/:id/diff?against=<publication id>|current`. */
export const publicationDiffQuerySchema = z.object({ against: z.union([z.literal('current'), z.string().uuid()]).default('current') });
export type PublicationDiffQuery = z.infer<typeof publicationDiffQuerySchema>;

export const publicationDiffSchema = z.object({
  from: publicationSchema,
  /** Null: the edition as it stands now. */
  to: publicationSchema.nullable(),
  changes: z.array(editionChangeSchema),
});
export type PublicationDiff = z.infer<typeof publicationDiffSchema>;

/** `GET /api/documents/:id/errata?lang=`: what changed in an edition since its last publication. */
export const errataQuerySchema = z.object({ lang: languageSchema });
export const errataSchema = z.object({
  language: languageSchema,
  /** The last publication of the edition (null: never published, nothing to correct). */
  publication: publicationSchema.nullable(),
  /** Corrections of the original applied since that publication. */
  corrections: z.number().int(),
  changes: z.array(editionChangeSchema),
});
export type Errata = z.infer<typeof errataSchema>;

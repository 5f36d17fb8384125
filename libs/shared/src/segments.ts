import { z } from 'zod';
import { inlineCodeInfoSchema } from './editing';
import { diffOpSchema, matchBandSchema } from './memory';
import { changeKindSchema } from './review';
import { languageSchema } from './languages';

export const TRANSLATION_STATUSES = ['draft', 'translated', 'approved', 'rejected'] as const;
export const translationStatusSchema = z.enum(TRANSLATION_STATUSES);
export type TranslationStatus = z.infer<typeof translationStatusSchema>;

export const TRANSLATION_ORIGINS = ['human', 'tm', 'mt', 'propagated'] as const;
export const translationOriginSchema = z.enum(TRANSLATION_ORIGINS);
export type TranslationOrigin = z.infer<typeof translationOriginSchema>;

export const translationSchema = z.object({
  text: z.string(),
  status: translationStatusSchema,
  origin: translationOriginSchema,
  version: z.number().int(),
  authorName: z.string().nullable(),
  updatedAt: z.string(),
  /** Reviewer's comment of the latest rejection or approval, if any. */
  reviewComment: z.string().nullable(),
  /** The memory match score the text came with (pre-translation), if any. */
  score: z.number().nullable().optional(),
  /** Who approved or rejected the text as it stands, and when (absent: not reviewed). */
  reviewerName: z.string().nullable().optional(),
  reviewedAt: z.string().nullable().optional(),
  /** Provenance: what the text was made from, the source language or a pivot edition … */
  fromLanguage: languageSchema.nullable().optional(),
  /** … at that origin's version (the segment's `sourceVersion`, or the pivot translation's `version`). */
  fromVersion: z.number().int().nullable().optional(),
});
export type Translation = z.infer<typeof translationSchema>;

export const segmentRowSchema = z.object({
  id: z.string().uuid(),
  index: z.number().int(),
  blockIndex: z.number().int(),
  source: z.string(),
  wordCount: z.number().int(),
  /** False for site furniture (search box, share buttons, "Read more"): shown locked, not translated or counted. */
  translatable: z.boolean(),
  translation: translationSchema.nullable(),
  /** The codes its source's tokens stand for (empty for plain text). */
  codes: z.array(inlineCodeInfoSchema).default([]),
  /** Open comment threads on the segment about this edition or about every edition. */
  openComments: z.number().int().default(0),
  /** The version of the source text (raised by each correction): `PATCH /api/segments/:id/source` names it. Always sent. */
  sourceVersion: z.number().int().optional(),
  /** The translation's origin (the source, or the pivot it was made from) changed after it was made. Always sent. */
  outdated: z.boolean().optional(),
});
export type SegmentRow = z.infer<typeof segmentRowSchema>;

/**
 * `PATCH /api/segments/:id`: a translator switches a line marked as site furniture back to
 * translatable; a manager marks a segment as not for translation (or back).
 */
export const updateSegmentRequestSchema = z.object({ translatable: z.boolean() }).strict();
export type UpdateSegmentRequest = z.infer<typeof updateSegmentRequestSchema>;
export const updateSegmentResultSchema = z.object({ id: z.string().uuid(), translatable: z.boolean(), wordCount: z.number().int() });
export type UpdateSegmentResult = z.infer<typeof updateSegmentResultSchema>;

/**
 * Saving a translation. `version` is the version the editor started from: 0 when the segment had
 * no translation yet. A stale version gets 409 with the current translation in `details.current`.
 * Translators save `draft` or `translated`; approval goes through review.
 */
export const saveTranslationRequestSchema = z.object({
  text: z.string().max(20000),
  status: z.enum(['draft', 'translated']),
  version: z.number().int().min(0),
  /** Where the text came from when the translator took a suggestion; omitted = typed by a person. */
  origin: z.enum(['human', 'mt', 'tm']).optional(),
  /** The suggestion as offered (MT output), so post-editing effort can be measured. */
  suggestion: z.string().max(20000).optional(),
  /** The memory match's score (0–101) when the suggestion came from the memory: the history shows it. */
  score: z.number().min(0).max(101).optional(),
  /** The machine-translation engine when the suggestion came from MT. */
  engine: z.string().max(40).optional(),
  /** The memory unit of the match taken (counts how often a unit is inserted). */
  unitId: z.number().int().positive().optional(),
  /**
   * What the text was made from: the project's source language (the default) or another edition of
   * the project the translator worked from (a pivot); recorded with that origin's version.
   */
  fromLanguage: languageSchema.optional(),
});
export type SaveTranslationRequest = z.infer<typeof saveTranslationRequestSchema>;

export const reviewRequestSchema = z
  .object({
    decision: z.enum(['approve', 'reject']),
    comment: z.string().trim().max(2000).optional(),
    version: z.number().int().min(1).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.decision === 'reject' && !v.comment) {
      ctx.addIssue({ code: 'custom', path: ['comment'], message: 'say why the translation is rejected' });
    }
  });
export type ReviewRequest = z.infer<typeof reviewRequestSchema>;

export const versionConflictDetailsSchema = z.object({
  current: translationSchema,
  /** What the stale save sent, so both texts can be compared. */
  submitted: z.object({ text: z.string(), status: translationStatusSchema.nullable() }).nullable().optional(),
});
export type VersionConflictDetails = z.infer<typeof versionConflictDetailsSchema>;

export const revisionSchema = z.object({
  version: z.number().int(),
  text: z.string(),
  status: translationStatusSchema,
  origin: translationOriginSchema,
  authorName: z.string().nullable(),
  createdAt: z.string(),
  comment: z.string().nullable(),
  /** What made this revision (typed, pretranslated, replaced, reverted, …). */
  kind: changeKindSchema,
  /** The memory match score the text came with, if it came from the memory. */
  score: z.number().nullable(),
  /** The machine-translation engine the text came from, if any. */
  engine: z.string().nullable(),
  /** What this version was made from (the source language or a pivot edition), at that origin's version. */
  fromLanguage: languageSchema.nullable().optional(),
  fromVersion: z.number().int().nullable().optional(),
});
export type Revision = z.infer<typeof revisionSchema>;

export const matchSchema = z.object({
  /** 0–101 after the origin penalty: 101 context match, 100 exact, ≥ 50 fuzzy. */
  score: z.number(),
  source: z.string(),
  /** The stored translation; numbers already replaced when `numbersReplaced`. */
  target: z.string(),
  /** `human`, `tmx`, `mt` or `aligned` (memory origin of the unit). */
  origin: z.string(),
  authorName: z.string().nullable(),
  updatedAt: z.string(),
  band: matchBandSchema.optional(),
  /** Points taken for the unit's origin (imported TMX, MT). */
  penalty: z.number().optional(),
  /** Stored source → this segment's source, word by word, for highlighting. */
  diff: z.array(diffOpSchema).optional(),
  /** Only numbers differed, and the target already carries the segment's numbers. */
  numbersReplaced: z.boolean().optional(),
  /** The language of `source`: the project's source language or another edition (pivot). */
  sourceLanguage: z.string().optional(),
  unitId: z.number().int().optional(),
  /** A reviewer vouched for the unit, or people confirmed it: no origin penalty. */
  trusted: z.boolean().optional(),
});
export type Match = z.infer<typeof matchSchema>;

export const matchesResponseSchema = z.object({ matches: z.array(matchSchema), mt: z.null() });
export type MatchesResponse = z.infer<typeof matchesResponseSchema>;

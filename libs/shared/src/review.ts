import { z } from 'zod';
import { languageSchema } from './languages';

/**
 * What made a revision, as the edition ledger records it: typed in the editor, a review decision,
 * filled from a repetition, pre-translated, split or merged, imported, restored from an earlier
 * version, search and replace, approved in a batch, aligned from an earlier edition, or an outdated
 * translation confirmed against its changed origin.
 */
export const CHANGE_KINDS = [
  'typed',
  'reviewed',
  'propagated',
  'pretranslated',
  'restructured',
  'imported',
  'reverted',
  'replaced',
  'batch-approved',
  'aligned',
  'outdated-confirmed',
] as const;
export const changeKindSchema = z.enum(CHANGE_KINDS);
export type ChangeKind = z.infer<typeof changeKindSchema>;

/** `POST /api/segments/:id/translations/:lang/revert`: restore revision `toVersion` over the current `version`. */
export const revertRequestSchema = z.object({
  toVersion: z.number().int().min(1),
  version: z.number().int().min(1),
});
export type RevertRequest = z.infer<typeof revertRequestSchema>;

/** The search box's options (see `@interlinea/text-search`). */
export const searchOptionsSchema = z.object({
  wholeWord: z.boolean().default(false),
  matchCase: z.boolean().default(false),
  regex: z.boolean().default(false),
});

const segmentIdsSchema = z.array(z.string().uuid()).min(1).max(5000);
const versionsSchema = z.array(z.number().int().min(1)).min(1).max(5000);

function sameLength(v: { segmentIds: string[]; versions: number[] }, ctx: z.RefinementCtx) {
  if (v.segmentIds.length !== v.versions.length) {
    ctx.addIssue({ code: 'custom', path: ['versions'], message: 'give one version per segment, in the order of segmentIds' });
  }
  if (new Set(v.segmentIds).size !== v.segmentIds.length) ctx.addIssue({ code: 'custom', path: ['segmentIds'], message: 'a segment is named twice' });
}

/**
 * `POST /api/documents/:id/replace`: replace `find` by `replace` in the targets of these segments
 * (each at the version the preview showed), all or nothing, as one batch that can be undone.
 */
export const replaceRequestSchema = z
  .object({
    lang: languageSchema,
    find: z.string().min(1, 'type something to find').max(1000),
    replace: z.string().max(1000),
    options: searchOptionsSchema.default({ wholeWord: false, matchCase: false, regex: false }),
    segmentIds: segmentIdsSchema,
    versions: versionsSchema,
  })
  .superRefine(sameLength);
export type ReplaceRequest = z.infer<typeof replaceRequestSchema>;

/** A segment whose translation changed meanwhile: the request is refused, nothing is written. */
export const staleSegmentSchema = z.object({ segmentId: z.string().uuid(), version: z.number().int(), submitted: z.number().int() });
export const staleSegmentsDetailsSchema = z.object({ stale: z.array(staleSegmentSchema) });
export type StaleSegmentsDetails = z.infer<typeof staleSegmentsDetailsSchema>;

/** One segment a batch changed, at its new version. */
export const batchChangeSchema = z.object({ segmentId: z.string().uuid(), version: z.number().int(), text: z.string(), status: z.string() });
export type BatchChange = z.infer<typeof batchChangeSchema>;

export const replaceResultSchema = z.object({
  /** Undo the whole batch with `POST /api/documents/:id/replace/:batchId/undo`. */
  batchId: z.string().uuid(),
  changed: z.array(batchChangeSchema),
});
export type ReplaceResult = z.infer<typeof replaceResultSchema>;

export const undoResultSchema = z.object({ batchId: z.string().uuid(), changed: z.array(batchChangeSchema) });
export type UndoResult = z.infer<typeof undoResultSchema>;

/** `POST /api/documents/:id/approve`: approve these segments' translations (each at its version) in one transaction. */
export const batchApproveRequestSchema = z.object({ lang: languageSchema, segmentIds: segmentIdsSchema, versions: versionsSchema }).superRefine(sameLength);
export type BatchApproveRequest = z.infer<typeof batchApproveRequestSchema>;

export const batchApproveResultSchema = z.object({
  approved: z.array(batchChangeSchema),
  /** Already approved: left as they were. */
  unchanged: z.number().int(),
});
export type BatchApproveResult = z.infer<typeof batchApproveResultSchema>;

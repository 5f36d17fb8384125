import { z } from 'zod';

/** What the editor shows for a code token of a segment (`{1}`, `{/1}`, `{2/}`): its kind and a tooltip. */
export const inlineCodeInfoSchema = z.object({
  id: z.number().int().min(1),
  kind: z.enum(['paired', 'standalone']),
  title: z.string(),
});
export type InlineCodeInfo = z.infer<typeof inlineCodeInfoSchema>;

/**
 * Splitting a segment at a position of its source text (an index into `source`, between two
 * characters, not inside a code token). The translation, if any, is split at `targetOffset` when
 * given, else it stays with the first part. Both parts stay in the same block.
 */
export const splitSegmentRequestSchema = z.object({
  sourceOffset: z.number().int().min(1),
  targetOffset: z.number().int().min(0).optional(),
});
export type SplitSegmentRequest = z.infer<typeof splitSegmentRequestSchema>;

/** Merging a segment with the next one of the same block; their translations are joined with a space. */
export const mergeSegmentRequestSchema = z.object({ withNext: z.literal(true) });
export type MergeSegmentRequest = z.infer<typeof mergeSegmentRequestSchema>;

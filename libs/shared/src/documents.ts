import { z } from 'zod';
import { editionProgressSchema } from './projects';

export const DOCUMENT_FORMATS = ['txt', 'md'] as const;
export const documentFormatSchema = z.enum(DOCUMENT_FORMATS);
export type DocumentFormat = z.infer<typeof documentFormatSchema>;

/** Largest upload accepted, in bytes. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

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
  segmentCount: z.number().int(),
  wordCount: z.number().int(),
});
export type ImportResult = z.infer<typeof importResultSchema>;

/** What an export does with segments that are not approved. */
export const UNAPPROVED_POLICIES = ['translation', 'source', 'refuse'] as const;
export const unapprovedPolicySchema = z.enum(UNAPPROVED_POLICIES);
export type UnapprovedPolicy = z.infer<typeof unapprovedPolicySchema>;

export const exportQuerySchema = z.object({
  lang: z.enum(['ru', 'en', 'de']),
  format: documentFormatSchema.optional(),
  unapproved: unapprovedPolicySchema.default('translation'),
});
export type ExportQuery = z.infer<typeof exportQuerySchema>;

/** Body of the 422 an export with `unapproved=refuse` answers when segments are not approved. */
export const unapprovedSegmentSchema = z.object({ segmentId: z.string().uuid(), index: z.number().int(), source: z.string(), status: z.string().nullable() });
export type UnapprovedSegment = z.infer<typeof unapprovedSegmentSchema>;

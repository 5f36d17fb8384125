import { z } from 'zod';
import { languageSchema } from './languages';

/** One aligned row: the sentence numbers of each edition (in upload order), how sure the aligner is, and the reviewer's verdict. */
export const alignmentRowSchema = z.object({
  sentences: z.array(z.array(z.number().int().min(0))),
  /** 0 (doubtful) … 1 (sure; rows a reviewer edited are sure). */
  confidence: z.number().min(0).max(1),
  /** Marked bad: left out of the commit. */
  bad: z.boolean(),
});
export type AlignmentRow = z.infer<typeof alignmentRowSchema>;

export const alignmentEditionSchema = z.object({
  language: languageSchema,
  fileName: z.string(),
  sentences: z.array(z.string()),
});
export type AlignmentEdition = z.infer<typeof alignmentEditionSchema>;

/** An alignment of earlier published editions, under review or committed. */
export const alignmentSchema = z.object({
  id: z.string().uuid(),
  projectId: z.string().uuid(),
  title: z.string(),
  editions: z.array(alignmentEditionSchema),
  rows: z.array(alignmentRowSchema),
  /** Increases with every saved edit; edits and the commit send the version they were made on. */
  version: z.number().int(),
  committedAt: z.string().nullable(),
  /** Units the commit put into the project memory. */
  memoryUnits: z.number().int().nullable(),
  /** The document the commit created, if any. */
  documentId: z.string().uuid().nullable(),
  createdAt: z.string(),
});
export type Alignment = z.infer<typeof alignmentSchema>;

export const alignmentSummarySchema = alignmentSchema
  .pick({ id: true, title: true, version: true, committedAt: true, documentId: true, createdAt: true })
  .extend({ languages: z.array(languageSchema), rowCount: z.number().int() });
export type AlignmentSummary = z.infer<typeof alignmentSummarySchema>;

/** Multipart fields besides the 2 or 3 `files`: the language of each file, in the same order. */
export const alignmentUploadRequestSchema = z.object({
  languages: z
    .string()
    .transform((s) => s.split(',').map((x) => x.trim()))
    .pipe(z.array(languageSchema).min(2).max(3)),
  title: z.string().trim().min(1).max(200).optional(),
  /** "true": where the project has DeepL, the first edition is machine-translated and compared with the others (paid characters, cached). */
  machineTranslation: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});
export type AlignmentUploadRequest = z.infer<typeof alignmentUploadRequestSchema>;

const version = z.number().int().min(0);
const row = z.number().int().min(0);
const edition = z.number().int().min(0).max(2);

/** One correction of the rows, made on `version`. */
export const alignmentEditRequestSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('merge'), version, row }),
  z.object({ action: z.literal('split'), version, row, at: z.array(z.number().int().min(0)).max(3).optional() }),
  z.object({ action: z.literal('move-up'), version, row, edition }),
  z.object({ action: z.literal('move-down'), version, row, edition }),
  z.object({ action: z.literal('mark-bad'), version, row, bad: z.boolean() }),
]);
export type AlignmentEditRequest = z.infer<typeof alignmentEditRequestSchema>;

/** Commit: the rows (not marked bad) into the memory and/or as a new document with its editions approved. */
export const alignmentCommitRequestSchema = z
  .object({
    version,
    memory: z.boolean().default(true),
    document: z.boolean().default(false),
    /** Title of the new document (default: the alignment's). */
    title: z.string().trim().min(1).max(200).optional(),
  })
  .refine((c) => c.memory || c.document, { message: 'commit into the memory, as a document, or both', path: ['memory'] });
export type AlignmentCommitRequest = z.infer<typeof alignmentCommitRequestSchema>;

export const alignmentCommitResultSchema = z.object({
  memoryUnits: z.number().int(),
  documentId: z.string().uuid().nullable(),
  /** Translations the new document's editions received (approved as published). */
  translations: z.number().int(),
  /** Rows left out: marked bad, or without the sentences needed. */
  skippedRows: z.number().int(),
});
export type AlignmentCommitResult = z.infer<typeof alignmentCommitResultSchema>;

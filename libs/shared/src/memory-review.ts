import { z } from 'zod';
import { hitRangeSchema, memoryLanguageSchema } from './memory';

/**
 * Where a memory unit came from, as the memory page shows and filters it: typed and confirmed in
 * the editor, approved by a reviewer, propagated to a repetition, confirmed from machine
 * translation, imported from a TMX file, or aligned from published editions.
 */
export const MEMORY_UNIT_ORIGINS = ['typed', 'approved', 'propagated', 'mt', 'tmx', 'aligned'] as const;
export const memoryUnitOriginSchema = z.enum(MEMORY_UNIT_ORIGINS);
export type MemoryUnitOrigin = z.infer<typeof memoryUnitOriginSchema>;

/** Origins whose units start untrusted (with their penalty) until a reviewer vouches for them. */
export const UNTRUSTED_ORIGINS: readonly MemoryUnitOrigin[] = ['mt', 'tmx', 'aligned'];

const flag = z
  .enum(['true', 'false', 'any'])
  .optional()
  .transform((v) => (v === 'true' ? true : v === 'false' ? false : null));

/**
 * `GET /api/projects/:id/memory/units?q=…&source=ru&target=en` (the project's memory) and
 * `GET /api/memory/units?…` (the shared memory, managers): a page of units with the hits marked.
 * `mode`: every word (`words`), the words in this order (`phrase`) or a regular expression (`regex`).
 * `in`: search the source, the target or both. Without `q`, every unit the filters keep.
 */
export const memoryUnitFilterSchema = z.object({
  q: z.string().trim().max(200).optional().default(''),
  mode: z.enum(['words', 'phrase', 'regex']).default('words'),
  in: z.enum(['source', 'target', 'both']).default('both'),
  source: memoryLanguageSchema,
  target: memoryLanguageSchema,
  origin: memoryUnitOriginSchema.optional(),
  /** The TMX import the units came from (see `…/memory/imports`). */
  importId: z.coerce.number().int().positive().optional(),
  /** Who wrote or confirmed a variant (display name, exact). */
  author: z.string().trim().min(1).max(200).optional(),
  /** Last changed on or after / before this date (YYYY-MM-DD or an ISO time). */
  from: z.string().datetime({ offset: true }).or(z.string().date()).optional(),
  to: z.string().datetime({ offset: true }).or(z.string().date()).optional(),
  /** Shared memory only: units confirmed or imported in this project. */
  project: z.string().uuid().optional(),
  trusted: flag,
  /** Default `false`: retired units are left out; `true`: only them; `any`: both. */
  retired: z
    .enum(['true', 'false', 'any'])
    .optional()
    .transform((v) => (v === 'true' ? true : v === 'any' ? null : false)),
});
export type MemoryUnitFilter = z.infer<typeof memoryUnitFilterSchema>;
export type MemoryUnitFilterInput = z.input<typeof memoryUnitFilterSchema>;

export const memoryUnitQuerySchema = memoryUnitFilterSchema.extend({
  sort: z.enum(['relevance', 'date']).default('relevance'),
  page: z.coerce.number().int().min(1).max(10000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type MemoryUnitQuery = z.infer<typeof memoryUnitQuerySchema>;

export const memoryUnitSummarySchema = z.object({
  id: z.number().int(),
  /** The unit's text per language (every language it holds, not only the pair searched). */
  variants: z.record(z.string(), z.string()),
  origin: memoryUnitOriginSchema,
  trusted: z.boolean(),
  retired: z.boolean(),
  projectId: z.string().uuid(),
  shared: z.boolean(),
  /** Who wrote the target variant (or the source's, when there is none). */
  authorName: z.string().nullable(),
  updatedAt: z.string(),
  importId: z.number().int().nullable(),
  /** How often a translator took the unit as a match and saved it. */
  insertions: z.number().int(),
  /** Ranges to highlight per language. */
  hits: z.record(z.string(), z.array(hitRangeSchema)),
});
export type MemoryUnitSummary = z.infer<typeof memoryUnitSummarySchema>;

export const memoryUnitPageSchema = z.object({
  units: z.array(memoryUnitSummarySchema),
  /** Units the search and filters keep (at least, when `totalCapped`). */
  total: z.number().int(),
  /** The search read its most selective word's first candidates only: more may exist; narrow it down. */
  totalCapped: z.boolean(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** Milliseconds the search took on the server. */
  tookMs: z.number(),
});
export type MemoryUnitPage = z.infer<typeof memoryUnitPageSchema>;

export const memoryUnitRevisionSchema = z.object({
  kind: z.enum(['corrected', 'retired', 'restored', 'vouched', 'unvouched', 'preferred']),
  language: z.string().nullable(),
  before: z.string().nullable(),
  after: z.string().nullable(),
  authorName: z.string().nullable(),
  createdAt: z.string(),
});
export type MemoryUnitRevision = z.infer<typeof memoryUnitRevisionSchema>;

const tmxPropSchema = z.object({ type: z.string(), value: z.string() });

export const memoryUnitDetailSchema = memoryUnitSummarySchema.omit({ variants: true, hits: true }).extend({
  variants: z.array(
    z.object({
      language: z.string(),
      text: z.string(),
      authorName: z.string().nullable(),
      updatedAt: z.string(),
      /** The language tag a TMX file wrote (`de-DE`). */
      locale: z.string().nullable(),
      props: z.array(tmxPropSchema),
      notes: z.array(z.string()),
    }),
  ),
  projectName: z.string(),
  createdAt: z.string(),
  vouchedBy: z.string().nullable(),
  vouchedAt: z.string().nullable(),
  retiredBy: z.string().nullable(),
  retiredAt: z.string().nullable(),
  provenance: z.object({
    /** The segment it was confirmed in, with the editor's address. */
    segment: z
      .object({ segmentId: z.string().uuid(), documentId: z.string().uuid(), documentName: z.string(), index: z.number().int(), editorPath: z.string() })
      .nullable(),
    /** The TMX file it was imported from, with the `<tu>`'s id, `<prop>` and `<note>`. */
    tmx: z
      .object({
        importId: z.number().int().nullable(),
        fileName: z.string().nullable(),
        importedBy: z.string().nullable(),
        importedAt: z.string().nullable(),
        tuid: z.string().nullable(),
        props: z.array(tmxPropSchema),
        notes: z.array(z.string()),
      })
      .nullable(),
    /** The alignment of published editions it came from. */
    alignment: z.object({ alignmentId: z.string(), path: z.string() }).nullable(),
  }),
  history: z.array(memoryUnitRevisionSchema),
});
export type MemoryUnitDetail = z.infer<typeof memoryUnitDetailSchema>;

/** `PATCH /api/memory/units/:id`: correct variants (a revision kept), retire or restore, vouch or withdraw trust. */
export const updateMemoryUnitSchema = z
  .object({
    variants: z.record(memoryLanguageSchema, z.string().trim().min(1, 'a variant cannot be empty').max(20000)).optional(),
    retired: z.boolean().optional(),
    trusted: z.boolean().optional(),
  })
  .strict()
  .refine((v) => v.variants !== undefined || v.retired !== undefined || v.trusted !== undefined, { message: 'change variants, retired or trusted' });
export type UpdateMemoryUnit = z.infer<typeof updateMemoryUnitSchema>;

export const MEMORY_BULK_ACTIONS = ['retire', 'restore', 'delete', 'vouch'] as const;

/** `POST /api/projects/:id/memory/units/bulk` (or `/api/memory/units/bulk`): every unit the filter keeps. */
export const memoryBulkRequestSchema = z
  .object({
    filter: memoryUnitFilterSchema,
    action: z.enum(MEMORY_BULK_ACTIONS),
    /** Count only: the preview. */
    dryRun: z.boolean().default(false),
  })
  .strict();
export type MemoryBulkRequest = z.infer<typeof memoryBulkRequestSchema>;
export type MemoryBulkRequestInput = z.input<typeof memoryBulkRequestSchema>;

export const memoryBulkResultSchema = z.object({
  action: z.enum(MEMORY_BULK_ACTIONS),
  /** Units changed (or that would be, on a dry run). */
  count: z.number().int(),
  dryRun: z.boolean(),
  /** For `…/bulk/:batchId/undo` (retire, restore and vouch; null for a dry run or a deletion). */
  batchId: z.number().int().nullable(),
  totalCapped: z.boolean(),
});
export type MemoryBulkResult = z.infer<typeof memoryBulkResultSchema>;

export const memoryBulkUndoResultSchema = z.object({ count: z.number().int() });
export type MemoryBulkUndoResult = z.infer<typeof memoryBulkUndoResultSchema>;

/** `GET …/memory/imports`: the TMX files imported, for the origin filter. */
export const memoryImportSchema = z.object({
  id: z.number().int(),
  fileName: z.string(),
  projectId: z.string().uuid(),
  importedBy: z.string().nullable(),
  importedAt: z.string(),
  units: z.number().int(),
});
export const memoryImportListSchema = z.object({ imports: z.array(memoryImportSchema) });
export type MemoryImport = z.infer<typeof memoryImportSchema>;
export type MemoryImportList = z.infer<typeof memoryImportListSchema>;

/**
 * `GET /api/projects/:id/memory/conflicts?source=&target=&kind=targets|sources` (and
 * `/api/memory/conflicts`): `targets` — one source with different targets; `sources` — different
 * sources with one target. Active units only.
 */
export const memoryConflictQuerySchema = z.object({
  source: memoryLanguageSchema,
  target: memoryLanguageSchema,
  kind: z.enum(['targets', 'sources']).default('targets'),
  project: z.string().uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type MemoryConflictQuery = z.infer<typeof memoryConflictQuerySchema>;

export const memoryConflictSchema = z.object({
  /** The text they share (the source for `targets`, the target for `sources`). */
  text: z.string(),
  units: z.array(
    z.object({
      id: z.number().int(),
      source: z.string(),
      target: z.string(),
      origin: memoryUnitOriginSchema,
      trusted: z.boolean(),
      authorName: z.string().nullable(),
      updatedAt: z.string(),
      insertions: z.number().int(),
    }),
  ),
});
export const memoryConflictListSchema = z.object({ conflicts: z.array(memoryConflictSchema) });
export type MemoryConflict = z.infer<typeof memoryConflictSchema>;
export type MemoryConflictList = z.infer<typeof memoryConflictListSchema>;

/** `POST /api/memory/units/:id/prefer`: this unit wins its conflict; the others of the group are retired. */
export const preferMemoryUnitSchema = z.object({ source: memoryLanguageSchema, target: memoryLanguageSchema, kind: z.enum(['targets', 'sources']) }).strict();
export type PreferMemoryUnit = z.infer<typeof preferMemoryUnitSchema>;
export const preferMemoryUnitResultSchema = z.object({ retired: z.array(z.number().int()) });
export type PreferMemoryUnitResult = z.infer<typeof preferMemoryUnitResultSchema>;

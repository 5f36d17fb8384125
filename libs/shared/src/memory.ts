import { z } from 'zod';
import { languageSchema } from './languages';

/** Analysis bands of a memory match, by score after penalties. 101 = same source and same neighbours. */
export const MATCH_BANDS = ['101', '100', '95-99', '85-94', '75-84', '50-74'] as const;
export const matchBandSchema = z.enum(MATCH_BANDS);
export type MatchBand = z.infer<typeof matchBandSchema>;

/** Where a translation unit came from; imported and machine-made units are offered a few points lower. */
export const MEMORY_ORIGINS = ['human', 'tmx', 'mt', 'aligned'] as const;
export const memoryOriginSchema = z.enum(MEMORY_ORIGINS);
export type MemoryOrigin = z.infer<typeof memoryOriginSchema>;

/**
 * How the stored source becomes the segment's source: `equal` text is in both, `insert` only in
 * the segment's source, `delete` only in the stored source (strike it through). `equal` + `insert`
 * concatenated is the segment's source.
 */
export const diffOpSchema = z.object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() });
export type DiffOp = z.infer<typeof diffOpSchema>;

/** A language code in a memory: any ISO 639 code (TMX files bring more languages than editions). */
export const memoryLanguageSchema = z.string().regex(/^[a-z]{2,3}$/, 'a two- or three-letter language code');

/** `GET /api/projects/:id/memory/search?q=…&lang=xx` — concordance over the project's and the shared memory. */
export const concordanceQuerySchema = z.object({
  q: z.string().trim().min(1).max(200),
  lang: languageSchema,
  limit: z.coerce.number().int().min(1).max(100).default(50),
  /** "true": find the words as parts of words too ("arbeit" finds "Arbeiterrat"); slower, the memory is read text by text. */
  partial: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});
export type ConcordanceQuery = z.infer<typeof concordanceQuerySchema>;

/** A character range [start, end) of a hit, for highlighting. */
export const hitRangeSchema = z.tuple([z.number().int(), z.number().int()]);

export const concordanceHitSchema = z.object({
  unitId: z.number().int(),
  sourceLanguage: z.string(),
  source: z.string(),
  targetLanguage: z.string(),
  target: z.string(),
  sourceHits: z.array(hitRangeSchema),
  targetHits: z.array(hitRangeSchema),
  origin: memoryOriginSchema,
  authorName: z.string().nullable(),
  updatedAt: z.string(),
});
export type ConcordanceHit = z.infer<typeof concordanceHitSchema>;

export const concordanceResponseSchema = z.object({ hits: z.array(concordanceHitSchema), truncated: z.boolean() });
export type ConcordanceResponse = z.infer<typeof concordanceResponseSchema>;

/** Largest TMX file accepted (it is streamed from disk, never held in memory whole). */
export const MAX_TMX_BYTES = 512 * 1024 * 1024;

/** `project`: only this project sees the units; `shared`: every project's lookups see them. */
export const memoryScopeSchema = z.enum(['project', 'shared']);
export type MemoryScope = z.infer<typeof memoryScopeSchema>;

/**
 * `POST /api/projects/:id/memory/import?scope=project|shared&progress=<token>` multipart `file` (TMX
 * 1.4b). `progress`: a token the client picks to follow the reading of the file (see below).
 */
export const tmxImportQuerySchema = z.object({
  scope: memoryScopeSchema.default('project'),
  progress: z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,64}$/, 'use 8 to 64 letters, digits, - or _')
    .optional(),
});
export type TmxImportQuery = z.infer<typeof tmxImportQuerySchema>;

export const tmxImportResultSchema = z.object({
  /** `<tu>` elements stored. */
  units: z.number().int(),
  /** Language variants stored (a `<tu>` may hold many). */
  variants: z.number().int(),
  /** `<tu>` elements skipped because they hold fewer than two languages. */
  skipped: z.number().int(),
  languages: z.array(z.string()),
});
export type TmxImportResult = z.infer<typeof tmxImportResultSchema>;

/**
 * `GET /api/projects/:id/memory/import/progress/:token` while an upload with that token is being
 * read (404 before and after): bytes of the file read so far.
 */
export const tmxImportProgressSchema = z.object({ read: z.number().int().nonnegative(), total: z.number().int().nonnegative() });
export type TmxImportProgress = z.infer<typeof tmxImportProgressSchema>;

/** `GET /api/projects/:id/memory/export?source=xx&target=yy&scope=project|shared` → a TMX file. */
export const tmxExportQuerySchema = z.object({ source: memoryLanguageSchema, target: memoryLanguageSchema, scope: memoryScopeSchema.default('project') });
export type TmxExportQuery = z.infer<typeof tmxExportQuerySchema>;

/** `GET|PUT /api/projects/:id/memory/settings` (PUT: manager). */
export const memorySettingsSchema = z.object({
  /** Confirming a segment fills identical untranslated segments of the project (origin `propagated`). */
  propagateRepetitions: z.boolean(),
  /**
   * The project's confirmed translations go into the shared memory too (other projects get them as
   * matches, and managers of any project see them on the shared memory page). Off: they stay in the
   * project's own memory; the project still gets matches from the shared memory.
   */
  contributeToSharedMemory: z.boolean(),
});
export type MemorySettings = z.infer<typeof memorySettingsSchema>;

/** `PUT /api/projects/:id/memory/settings`: the settings to change (the others stay as they are). */
export const memorySettingsUpdateSchema = memorySettingsSchema.partial().strict();
export type MemorySettingsUpdate = z.infer<typeof memorySettingsUpdateSchema>;

/** Rows of a document analysis, in this order. `repetition`: the same source appeared earlier in the document. */
export const ANALYSIS_BANDS = ['repetition', ...MATCH_BANDS, 'none'] as const;
export const analysisBandSchema = z.enum(ANALYSIS_BANDS);
export type AnalysisBand = z.infer<typeof analysisBandSchema>;

/** `GET /api/documents/:id/analysis?lang=xx[&format=csv]` (manager). */
export const analysisQuerySchema = z.object({ lang: languageSchema, format: z.enum(['json', 'csv']).default('json') });
export type AnalysisQuery = z.infer<typeof analysisQuerySchema>;

export const analysisSchema = z.object({
  documentId: z.string().uuid(),
  language: languageSchema,
  rows: z.array(z.object({ band: analysisBandSchema, segments: z.number().int(), words: z.number().int() })),
  total: z.object({ segments: z.number().int(), words: z.number().int() }),
});
export type Analysis = z.infer<typeof analysisSchema>;

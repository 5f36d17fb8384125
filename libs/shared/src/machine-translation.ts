import { z } from 'zod';
import { languageSchema } from './languages';

/** Per-edition setting passed to DeepL where the target language supports it. */
export const FORMALITIES = ['default', 'more', 'less'] as const;
export const formalitySchema = z.enum(FORMALITIES);
export type Formality = z.infer<typeof formalitySchema>;

/** `GET /api/projects/:id/machine-translation/status`: is MT on, and how much of the quota is used. */
export const machineTranslationUsageSchema = z.object({
  characterCount: z.number().int(),
  characterLimit: z.number().int(),
});
export type MachineTranslationUsage = z.infer<typeof machineTranslationUsageSchema>;

export const machineTranslationStatusSchema = z.object({
  enabled: z.boolean(),
  engine: z.literal('DeepL'),
  /** Why MT is off, and how to turn it on; absent when enabled. */
  reason: z.string().optional(),
  /** Characters used this billing period; managers only, absent when DeepL could not be asked. */
  usage: machineTranslationUsageSchema.optional(),
  /** Set when DeepL was asked for the usage and answered with an error (invalid key, timeout …). */
  usageError: z.string().optional(),
});
export type MachineTranslationStatus = z.infer<typeof machineTranslationStatusSchema>;

/** Which text the suggestion was translated from: the segment's source, or an approved pivot edition. */
export const machineTranslationSourceSchema = z.object({
  kind: z.enum(['source', 'pivot']),
  language: languageSchema,
  text: z.string(),
  /** Set when a pivot edition is configured but this segment has no approved pivot text yet. */
  fallbackReason: z.string().optional(),
});
export type MachineTranslationSource = z.infer<typeof machineTranslationSourceSchema>;

/** `GET /api/segments/:id/machine-translation?lang=xx`. Inline codes (`{1}…{/1}`, `{2/}`) are kept. */
export const machineTranslationSuggestionSchema = z.object({
  engine: z.literal('DeepL'),
  text: z.string(),
  /** True when the answer came from the cache (nothing paid). */
  cached: z.boolean(),
  translatedFrom: machineTranslationSourceSchema,
  /** Formality sent to DeepL (`default` when the target does not support it). */
  formality: formalitySchema,
  /** True when the project glossary for this language pair went along with the request. */
  glossaryApplied: z.boolean(),
});
export type MachineTranslationSuggestion = z.infer<typeof machineTranslationSuggestionSchema>;

export const machineTranslationQuerySchema = z.object({ lang: languageSchema });
export type MachineTranslationQuery = z.infer<typeof machineTranslationQuerySchema>;

/** `PATCH /api/projects/:id/languages/:lang` (managers). `pivotLanguage: null` translates from the source. */
export const updateProjectLanguageRequestSchema = z
  .object({
    formality: formalitySchema.optional(),
    pivotLanguage: languageSchema.nullable().optional(),
  })
  .refine((v) => v.formality !== undefined || v.pivotLanguage !== undefined, { message: 'send formality or pivotLanguage' });
export type UpdateProjectLanguageRequest = z.infer<typeof updateProjectLanguageRequestSchema>;

export const projectLanguageSettingsSchema = z.object({
  language: languageSchema,
  formality: formalitySchema,
  pivotLanguage: languageSchema.nullable(),
});
export type ProjectLanguageSettings = z.infer<typeof projectLanguageSettingsSchema>;

/** `POST /api/documents/:id/pretranslate` (managers): fills empty segments from memory, then MT. */
export const pretranslateRequestSchema = z.object({
  lang: languageSchema,
  /** Memory matches at or above this score (the memory's 0–101 scale) fill segments first; default 100. */
  tmThreshold: z.number().int().min(50).max(101).optional(),
  useMt: z.boolean(),
});
export type PretranslateRequest = z.infer<typeof pretranslateRequestSchema>;

export const JOB_STATES = ['queued', 'running', 'paused', 'completed', 'cancelled', 'failed'] as const;
export const jobStateSchema = z.enum(JOB_STATES);
export type JobState = z.infer<typeof jobStateSchema>;

/** `GET /api/jobs/:id`: enough for a progress bar. `done` counts translated and skipped segments. */
export const jobStatusSchema = z.object({
  id: z.string().uuid(),
  kind: z.string(),
  state: jobStateSchema,
  done: z.number().int(),
  total: z.number().int(),
  failed: z.number().int(),
  /** Translated from memory / by MT / left alone because someone translated them meanwhile. */
  fromMemory: z.number().int(),
  fromMt: z.number().int(),
  skipped: z.number().int(),
  /** Why the job paused or failed, or what it is doing. */
  message: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type JobStatus = z.infer<typeof jobStatusSchema>;

export const pretranslateResponseSchema = z.object({
  jobId: z.string().uuid(),
  total: z.number().int(),
  /** How memory matches are found: `memory` = the translation memory's matches (MemoryService). */
  memoryLookup: z.enum(['memory']),
  mtEnabled: z.boolean(),
});
export type PretranslateResponse = z.infer<typeof pretranslateResponseSchema>;

/** `GET /api/projects/:id/statistics/post-editing`: how much MT output was changed by people. */
export const postEditingEffortSchema = z.object({
  segments: z.number().int(),
  /** Saved exactly as MT proposed it. */
  unedited: z.number().int(),
  mtCharacters: z.number().int(),
  /** Sum of character edit distances between MT output and the final text. */
  editDistance: z.number().int(),
  /** editDistance / mtCharacters, 0…1+ (0 = nothing changed). */
  effort: z.number(),
});
export type PostEditingEffort = z.infer<typeof postEditingEffortSchema>;

export const postEditingStatisticsSchema = z.object({
  total: postEditingEffortSchema,
  byDocument: z.array(postEditingEffortSchema.extend({ documentId: z.string().uuid(), title: z.string() })),
  byLanguage: z.array(postEditingEffortSchema.extend({ language: languageSchema })),
  byTranslator: z.array(postEditingEffortSchema.extend({ userId: z.string().uuid().nullable(), displayName: z.string().nullable() })),
});
export type PostEditingStatistics = z.infer<typeof postEditingStatisticsSchema>;

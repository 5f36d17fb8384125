import { z } from 'zod';
import { languageSchema } from './languages';
import { myRoleSchema } from './auth';

export const createProjectRequestSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    sourceLanguage: languageSchema,
    targetLanguages: z.array(languageSchema).min(1),
  })
  .superRefine((v, ctx) => {
    if (v.targetLanguages.includes(v.sourceLanguage)) {
      ctx.addIssue({ code: 'custom', path: ['targetLanguages'], message: 'must not include the source language' });
    }
    if (new Set(v.targetLanguages).size !== v.targetLanguages.length) {
      ctx.addIssue({ code: 'custom', path: ['targetLanguages'], message: 'must not repeat a language' });
    }
  });
export type CreateProjectRequest = z.infer<typeof createProjectRequestSchema>;

/** Progress of one edition (target language), counted in segments and words. */
export const editionProgressSchema = z.object({
  language: languageSchema,
  segments: z.number().int(),
  words: z.number().int(),
  draft: z.number().int(),
  translated: z.number().int(),
  approved: z.number().int(),
  rejected: z.number().int(),
  translatedWords: z.number().int(),
  approvedWords: z.number().int(),
  /** Translations whose origin (the source, or their pivot) changed after they were made. */
  outdated: z.number().int().optional(),
});
export type EditionProgress = z.infer<typeof editionProgressSchema>;

export const projectSummarySchema = z.object({
  id: z.string().uuid(),
  name: z.string(),
  sourceLanguage: languageSchema,
  targetLanguages: z.array(languageSchema),
  createdAt: z.string(),
  documentCount: z.number().int(),
  myRoles: z.array(myRoleSchema),
  progress: z.array(editionProgressSchema),
});
export type ProjectSummary = z.infer<typeof projectSummarySchema>;

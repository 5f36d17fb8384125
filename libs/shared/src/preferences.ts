import { z } from 'zod';
import { languageSchema } from './languages';

/** Projects whose grid choice one person keeps at most (the oldest are dropped by the client). */
export const MAX_PREFERENCE_PROJECTS = 500;

/** The editions the grid shows beside the source, left to right: one or two, each once. */
export const gridEditionsSchema = z
  .array(languageSchema)
  .min(1)
  .max(2)
  .refine((editions) => new Set(editions).size === editions.length, 'an edition may be shown once');

/**
 * `GET/PUT /api/me/preferences`: how a person likes the workbench, kept on the server so it follows
 * them from browser to browser. `gridEditions`: per project id, the editions shown side by side.
 */
export const userPreferencesSchema = z
  .object({
    gridEditions: z
      .record(z.string().uuid(), gridEditionsSchema)
      .refine((byProject) => Object.keys(byProject).length <= MAX_PREFERENCE_PROJECTS, `at most ${MAX_PREFERENCE_PROJECTS} projects`)
      .default({}),
  })
  .strict();
export type UserPreferences = z.infer<typeof userPreferencesSchema>;

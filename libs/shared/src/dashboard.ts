import { z } from 'zod';
import { languageSchema } from './languages';

/** `GET /api/projects/:id/dashboard?weeks=8`: how far back the chart goes. */
export const dashboardQuerySchema = z.object({ weeks: z.coerce.number().int().min(1).max(52).default(8) });
export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

export const statusCountSchema = z.object({ segments: z.number().int(), words: z.number().int() });
export type StatusCount = z.infer<typeof statusCountSchema>;

/** One edition (of a document, or of the whole project): its segments and words by status, and what needs attention. */
export const editionDashboardSchema = z.object({
  language: languageSchema,
  segments: z.number().int(),
  words: z.number().int(),
  untranslated: statusCountSchema,
  draft: statusCountSchema,
  translated: statusCountSchema,
  approved: statusCountSchema,
  rejected: statusCountSchema,
  /** Translations whose source (or pivot) changed after they were made. */
  outdated: z.number().int(),
  /** Open QA errors (findings of severity error, not ignored). */
  qaErrors: z.number().int(),
  /** Open comment threads about this edition or about every edition. */
  openComments: z.number().int(),
});
export type EditionDashboard = z.infer<typeof editionDashboardSchema>;

export const documentDashboardSchema = z.object({
  documentId: z.string().uuid(),
  title: z.string(),
  editions: z.array(editionDashboardSchema),
});
export type DocumentDashboard = z.infer<typeof documentDashboardSchema>;

/** Words that became translated (first confirmed) and approved (first approved) on one day (UTC), in one edition. */
export const dailyActivitySchema = z.object({
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  language: languageSchema,
  translatedWords: z.number().int(),
  approvedWords: z.number().int(),
});
export type DailyActivity = z.infer<typeof dailyActivitySchema>;

/** What one person did in one edition, since the project began: segments (and their words) they confirmed as translated, and those they approved. */
export const contributionSchema = z.object({
  userId: z.string().uuid().nullable(),
  displayName: z.string().nullable(),
  language: languageSchema,
  translatedWords: z.number().int(),
  translatedSegments: z.number().int(),
  approvedWords: z.number().int(),
  approvedSegments: z.number().int(),
});
export type Contribution = z.infer<typeof contributionSchema>;

export const projectDashboardSchema = z.object({
  projectId: z.string().uuid(),
  weeks: z.number().int(),
  /** First and last day of the chart (UTC, inclusive). */
  from: z.string(),
  to: z.string(),
  editions: z.array(editionDashboardSchema),
  documents: z.array(documentDashboardSchema),
  /** One row per day with activity and edition; days without activity are absent. */
  daily: z.array(dailyActivitySchema),
  contributors: z.array(contributionSchema),
});
export type ProjectDashboard = z.infer<typeof projectDashboardSchema>;

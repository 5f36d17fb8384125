import { z } from 'zod';

/**
 * `GET /api/documents/:id?progress=false` and `GET /api/projects/:id?progress=false`: the summary
 * without its progress counts (`progress: []`), which are the costly part of it (every segment of
 * every edition counted). The editor asks so: it counts its own progress from the rows it shows.
 */
export const summaryQuerySchema = z.object({
  progress: z.enum(['true', 'false'], { message: 'must be true or false' }).optional(),
});
export type SummaryQuery = z.infer<typeof summaryQuerySchema>;

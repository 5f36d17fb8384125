import { z } from 'zod';

/** `GET /api/health`: the server is up and its database answers (503 otherwise). */
export const healthStatusSchema = z.object({ status: z.literal('ok'), database: z.literal('up') });
export type HealthStatus = z.infer<typeof healthStatusSchema>;

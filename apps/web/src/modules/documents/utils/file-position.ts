import { z } from 'zod';

const detailsSchema = z.object({
  position: z.object({ line: z.number().int(), column: z.number().int() }),
});

/** Where in the file a parser stopped, when the server's error details say (`{reason, position: {line, column}}`). */
export function filePosition(details: unknown): { line: number; column: number } | null {
  const parsed = detailsSchema.safeParse(details);
  return parsed.success ? parsed.data.position : null;
}

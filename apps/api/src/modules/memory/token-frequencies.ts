import type { EntityManager } from 'typeorm';

/** Rows of `tm_token` per statement. */
const ROWS = 100_000;

/**
 * Adds to the word counts of `tm_token` (how many variants hold each word id). Word ids sorted:
 * concurrent writers lock the same rows in the same order.
 */
export async function addFrequencies(manager: Pick<EntityManager, 'query'>, tokens: number[], counts: number[]): Promise<void> {
  for (let at = 0; at < tokens.length; at += ROWS) {
    await manager.query(
      `INSERT INTO tm_token (token, frequency) SELECT token, count FROM unnest($1::int[], $2::int[]) AS t(token, count) ORDER BY token
       ON CONFLICT (token) DO UPDATE SET frequency = greatest(tm_token.frequency + EXCLUDED.frequency, 0)`,
      [tokens.slice(at, at + ROWS), counts.slice(at, at + ROWS)],
    );
  }
}

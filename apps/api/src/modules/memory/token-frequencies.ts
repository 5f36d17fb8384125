import type { EntityManager } from 'typeorm';

/** Rows of `tm_token` per statement. */
const ROWS = 100_000;

/**
 * Adds changes to the word counts (how many variants hold each word id): `tm_token` keeps
 * additions, and a word's count is the sum of its rows (see `MemoryCompaction`, which folds them).
 */
export async function addFrequencies(manager: Pick<EntityManager, 'query'>, tokens: ArrayLike<number>, counts: ArrayLike<number>): Promise<void> {
  for (let at = 0; at < tokens.length; at += ROWS) {
    await manager.query(`INSERT INTO tm_token (token, frequency) SELECT * FROM unnest($1::int[], $2::int[])`, [
      Array.from(tokens).slice(at, at + ROWS),
      Array.from(counts).slice(at, at + ROWS),
    ]);
  }
}

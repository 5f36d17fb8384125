import type { EntityManager } from 'typeorm';

/** Rows of `tm_token` per statement. */
const ROWS = 100_000;

/**
 * Adds changes to the word counts (how many variants hold each word id): `tm_token` keeps
 * additions, and a word's count is the sum of its rows (see `MemoryCompaction`, which folds them).
 */
export async function addFrequencies(manager: Pick<EntityManager, 'query'>, tokens: ArrayLike<number>, counts: ArrayLike<number>): Promise<void> {
  const [ids, changes] = [Array.from(tokens), Array.from(counts)];
  for (let at = 0; at < ids.length; at += ROWS) {
    await manager.query(`INSERT INTO tm_token (token, frequency) SELECT * FROM unnest($1::int[], $2::int[])`, [
      ids.slice(at, at + ROWS),
      changes.slice(at, at + ROWS),
    ]);
  }
}

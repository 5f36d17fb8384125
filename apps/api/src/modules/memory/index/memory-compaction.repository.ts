import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MAX_GROUP_IDS } from '@interlinea/tm';

/** What one pass over a range of word ids did. */
export interface CompactionStep {
  /** Word ids folded; none: the range was the last one. */
  tokens: number;
  /** The highest word id folded: the next step starts after it. */
  lastToken: number | null;
  countRows: number;
  postingRows: number;
  mergedRows: number;
}

/**
 * The SQL of memory compaction. Word ids written more than once since the last compaction (those
 * with several rows in `tm_token`) get their count rows summed into one, and their index rows of
 * one length holding fewer than MAX_GROUP_IDS ids merged into full ones, leaving out the ids of
 * variants that are gone (retracted while the rows were being merged). One statement per step, in
 * its own transaction: concurrent writers' rows are not visible to it and are left alone, so no
 * count or posting is lost or doubled.
 */
@Injectable()
export class MemoryCompactionRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  step(after: number | null, tokens: number): Promise<CompactionStep> {
    return this.db.transaction(async (manager) => {
      const [{ locked }] = await manager.query(`SELECT pg_try_advisory_xact_lock(hashtext('interlinea:tm-compaction')) AS locked`);
      if (!locked) return { tokens: 0, lastToken: null, countRows: 0, postingRows: 0, mergedRows: 0 };
      const [row] = await manager.query(
        `WITH tokens AS (
           SELECT token FROM tm_token WHERE $1::int IS NULL OR token > $1 GROUP BY token HAVING count(*) > 1 ORDER BY token LIMIT $2
         ), counted AS (
           DELETE FROM tm_token t USING tokens k WHERE t.token = k.token RETURNING t.token, t.frequency
         ), folded AS (
           INSERT INTO tm_token (token, frequency) SELECT token, sum(frequency) FROM counted GROUP BY token HAVING sum(frequency) <> 0 RETURNING token
         ), keys AS (
           SELECT p.token, p.length FROM tm_posting p JOIN tokens k ON k.token = p.token
            WHERE cardinality(p.variant_ids) < $3 GROUP BY p.token, p.length HAVING count(*) > 1
         ), small AS (
           DELETE FROM tm_posting p USING keys k
            WHERE p.token = k.token AND p.length = k.length AND cardinality(p.variant_ids) < $3
           RETURNING p.token, p.length, p.variant_ids
         ), merged AS (
           INSERT INTO tm_posting (token, length, variant_ids)
           SELECT token, length, array_agg(id ORDER BY id)
             FROM (SELECT s.token, s.length, x.id, (row_number() OVER (PARTITION BY s.token, s.length ORDER BY x.id) - 1) / $3 AS chunk
                     FROM small s, unnest(s.variant_ids) AS x(id)
                    WHERE EXISTS (SELECT 1 FROM tm_variant v WHERE v.id = x.id)) ids
            GROUP BY token, length, chunk
           RETURNING 1
         )
         SELECT (SELECT count(*) FROM tokens)::int AS tokens, (SELECT max(token) FROM tokens) AS "lastToken",
                (SELECT count(*) FROM counted)::int AS "countRows", (SELECT count(*) FROM small)::int AS "postingRows",
                (SELECT count(*) FROM merged)::int AS "mergedRows"`,
        [after, tokens, MAX_GROUP_IDS],
      );
      return row as CompactionStep;
    });
  }
}

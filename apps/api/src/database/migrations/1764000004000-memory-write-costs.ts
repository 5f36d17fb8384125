import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Cheaper writes for a growing memory:
 *
 * - The unit and variant sequences hand each connection blocks of 1,000 ids (`CACHE`): a TMX import
 *   reserving 300,000 ids spent half a second in `nextval` without it. Ids stay unique; they are no
 *   longer given out in time order across connections, and a block's unused rest is skipped.
 * - No index on `tm_unit.project_id`: lookups find units through the word index (whose ids name the
 *   scope) and exports walk units by id, so only deleting a project reads units by project, and
 *   that is rare. The index cost every stored unit a third of its write.
 * - Word counts are kept as additions: `tm_token` holds rows of (word id, change), several per word
 *   id, and a word's count is their sum. A write appends its changes (COPY) instead of updating
 *   rows in place (`ON CONFLICT … DO UPDATE`, three times slower); compaction folds the rows of a
 *   word id into one now and then (see `MemoryCompaction`). The index covers the changes, so a
 *   lookup sums them from the index alone.
 */
export class MemoryWriteCosts1764000004000 implements MigrationInterface {
  name = 'MemoryWriteCosts1764000004000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE tm_unit ALTER COLUMN id SET CACHE 1000;
      ALTER TABLE tm_variant ALTER COLUMN id SET CACHE 1000;
      DROP INDEX tm_unit_project_idx;
      ALTER TABLE tm_token DROP CONSTRAINT tm_token_pkey;
      CREATE INDEX tm_token_idx ON tm_token (token) INCLUDE (frequency);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE tm_token_sum AS SELECT token, sum(frequency)::int AS frequency FROM tm_token GROUP BY token HAVING sum(frequency) > 0;
      DROP TABLE tm_token;
      ALTER TABLE tm_token_sum RENAME TO tm_token;
      ALTER TABLE tm_token ALTER COLUMN token SET NOT NULL, ALTER COLUMN frequency SET NOT NULL, ADD PRIMARY KEY (token);
      CREATE INDEX tm_unit_project_idx ON tm_unit (project_id);
      ALTER TABLE tm_variant ALTER COLUMN id SET CACHE 1;
      ALTER TABLE tm_unit ALTER COLUMN id SET CACHE 1;
    `);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Cheaper ids and fewer index entries for a growing memory:
 *
 * - The unit and variant sequences hand each connection blocks of 1,000 ids (`CACHE`): a TMX import
 *   reserving 300,000 ids spent half a second in `nextval` without it. Ids stay unique; they are no
 *   longer given out in time order across connections, and a block's unused rest is skipped.
 * - No index on `tm_unit.project_id`: lookups find units through the word index (whose ids name the
 *   scope) and exports walk units by id, so only deleting a project reads units by project, and
 *   that is rare. The index cost every stored unit a third of its write.
 */
export class MemoryIdBlocks1764000004000 implements MigrationInterface {
  name = 'MemoryIdBlocks1764000004000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE tm_unit ALTER COLUMN id SET CACHE 1000;
      ALTER TABLE tm_variant ALTER COLUMN id SET CACHE 1000;
      DROP INDEX tm_unit_project_idx;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX tm_unit_project_idx ON tm_unit (project_id);
      ALTER TABLE tm_variant ALTER COLUMN id SET CACHE 1;
      ALTER TABLE tm_unit ALTER COLUMN id SET CACHE 1;
    `);
  }
}

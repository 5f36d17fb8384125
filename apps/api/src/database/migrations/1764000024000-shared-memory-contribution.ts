import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whether a project's confirmed translations go into the shared memory. On by default, as before: a
 * team's projects help each other; a manager turns it off for a text that must stay in its project.
 */
export class SharedMemoryContribution1764000024000 implements MigrationInterface {
  name = 'SharedMemoryContribution1764000024000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE project ADD COLUMN contributes_to_shared_memory boolean NOT NULL DEFAULT true`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE project DROP COLUMN contributes_to_shared_memory`);
  }
}

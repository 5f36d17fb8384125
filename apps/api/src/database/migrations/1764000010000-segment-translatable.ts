import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Segments not for translation: the site furniture of a scraped page (search box, share buttons,
 * "Read more") is kept in the document, so that the export can keep it, but is neither translated nor
 * counted. A translator switches a segment back; a manager marks one.
 */
export class SegmentTranslatable1764000010000 implements MigrationInterface {
  name = 'SegmentTranslatable1764000010000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE segment ADD COLUMN translatable boolean NOT NULL DEFAULT true`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE segment DROP COLUMN translatable`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search and replace in an edition is one batch: `replace_batch` keeps which translations it changed,
 * from which version to which, so the batch can be undone as one (each segment back to its text
 * before the batch, as a new `reverted` revision, only where nobody changed it since).
 */
export class ReplaceBatches1764000008000 implements MigrationInterface {
  name = 'ReplaceBatches1764000008000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE replace_batch (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        document_id uuid NOT NULL REFERENCES document(id) ON DELETE CASCADE,
        language text NOT NULL,
        find text NOT NULL,
        replacement text NOT NULL,
        author_id uuid REFERENCES "user"(id) ON DELETE SET NULL,
        -- [{ "segmentId", "before", "after" }]: the versions before and after the batch
        items jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        undone_at timestamptz
      );
      CREATE INDEX replace_batch_document_idx ON replace_batch (document_id, created_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE replace_batch');
  }
}

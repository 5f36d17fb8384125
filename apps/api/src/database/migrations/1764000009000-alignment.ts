import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Alignments of earlier published editions: the uploaded editions' sentences and the aligned rows under
 * review (jsonb, replaced whole by each version-checked edit), and what the commit made of them.
 */
export class Alignment1764000009000 implements MigrationInterface {
  name = 'Alignment1764000009000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE alignment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES project(id) ON DELETE CASCADE,
        title text NOT NULL,
        editions jsonb NOT NULL,
        rows jsonb NOT NULL,
        version integer NOT NULL DEFAULT 1,
        committed_at timestamptz,
        memory_units integer,
        document_id uuid REFERENCES document(id) ON DELETE SET NULL,
        created_by uuid REFERENCES "user"(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX alignment_project_idx ON alignment(project_id, created_at DESC);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE alignment`);
  }
}

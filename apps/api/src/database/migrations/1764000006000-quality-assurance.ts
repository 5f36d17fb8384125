import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Quality assurance:
 * - `qa_ignore`: a check's findings marked ignored for one segment and edition, with who and when;
 * - `qa_settings`: the checks a project switched off (all are on without a row);
 * - `export_override`: each export published although the edition had open QA errors: who, when, how many.
 */
export class QualityAssurance1764000006000 implements MigrationInterface {
  name = 'QualityAssurance1764000006000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE qa_ignore (
        segment_id uuid NOT NULL REFERENCES segment(id) ON DELETE CASCADE,
        language text NOT NULL CHECK (language IN ('ru','en','de')),
        code text NOT NULL,
        ignored_by uuid REFERENCES "user"(id) ON DELETE SET NULL,
        ignored_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (segment_id, language, code)
      );
      CREATE TABLE qa_settings (
        project_id uuid PRIMARY KEY REFERENCES project(id) ON DELETE CASCADE,
        disabled text[] NOT NULL DEFAULT '{}',
        updated_by uuid REFERENCES "user"(id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE export_override (
        id bigserial PRIMARY KEY,
        document_id uuid NOT NULL REFERENCES document(id) ON DELETE CASCADE,
        language text NOT NULL CHECK (language IN ('ru','en','de')),
        user_id uuid REFERENCES "user"(id) ON DELETE SET NULL,
        qa_errors integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX export_override_document_idx ON export_override (document_id, created_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE export_override; DROP TABLE qa_settings; DROP TABLE qa_ignore;`);
  }
}

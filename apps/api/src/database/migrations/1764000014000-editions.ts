import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Editions that know where they come from:
 * - a segment's source has a version (`source_version`, raised when a manager corrects the text) and
 *   its earlier texts (`segment_source_revision`), so an outdated translation can show what changed;
 * - every translation records what it was made from (`from_language`: the source language or a pivot
 *   edition; `from_version`: that origin's version), the source version it was made against, and the
 *   version at which its own text last changed (`text_version`, what a pivot's followers compare with);
 * - corrected originals waiting to be applied (`document_correction`);
 * - publications: immutable snapshots of an edition's texts, with the files rendered when published.
 */
export class Editions1764000014000 implements MigrationInterface {
  name = 'Editions1764000014000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE segment ADD COLUMN source_version integer NOT NULL DEFAULT 1;
      CREATE TABLE segment_source_revision (
        segment_id uuid NOT NULL REFERENCES segment(id) ON DELETE CASCADE,
        version integer NOT NULL,
        text text NOT NULL,
        author_id uuid REFERENCES "user"(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (segment_id, version)
      );
      ALTER TABLE translation
        ADD COLUMN from_language text CHECK (from_language IN ('ru','en','de')),
        ADD COLUMN from_version integer,
        ADD COLUMN source_version integer,
        ADD COLUMN text_version integer;
      UPDATE translation t SET from_language = p.source_language, from_version = 1, source_version = 1, text_version = t.version
        FROM segment s JOIN document d ON d.id = s.document_id JOIN project p ON p.id = d.project_id WHERE s.id = t.segment_id;
      ALTER TABLE translation_revision ADD COLUMN from_language text, ADD COLUMN from_version integer;
      CREATE TABLE document_correction (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        document_id uuid NOT NULL REFERENCES document(id) ON DELETE CASCADE,
        file_name text NOT NULL,
        original bytea NOT NULL,
        created_by uuid REFERENCES "user"(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        applied_at timestamptz
      );
      CREATE INDEX document_correction_document_idx ON document_correction(document_id, created_at);
      CREATE TABLE publication (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        document_id uuid NOT NULL REFERENCES document(id) ON DELETE CASCADE,
        language text NOT NULL CHECK (language IN ('ru','en','de')),
        number integer NOT NULL,
        created_by uuid REFERENCES "user"(id) ON DELETE SET NULL,
        author_name text,
        created_at timestamptz NOT NULL DEFAULT now(),
        segments jsonb NOT NULL,
        UNIQUE (document_id, language, number)
      );
      CREATE TABLE publication_file (
        publication_id uuid NOT NULL REFERENCES publication(id) ON DELETE CASCADE,
        format text NOT NULL,
        file_name text NOT NULL,
        content_type text NOT NULL,
        bytes bytea NOT NULL,
        PRIMARY KEY (publication_id, format)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE publication_file; DROP TABLE publication; DROP TABLE document_correction;
      ALTER TABLE translation_revision DROP COLUMN from_language, DROP COLUMN from_version;
      ALTER TABLE translation DROP COLUMN from_language, DROP COLUMN from_version, DROP COLUMN source_version, DROP COLUMN text_version;
      DROP TABLE segment_source_revision;
      ALTER TABLE segment DROP COLUMN source_version;
    `);
  }
}

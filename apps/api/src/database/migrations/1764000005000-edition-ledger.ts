import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The edition ledger: one writer of `translation` and `translation_revision`.
 *
 * - A revision says what kind of change made it (`typed`, `reviewed`, `propagated`, `pretranslated`,
 *   `restructured`, `imported`, …) and, for memory and MT suggestions, the match score or the engine.
 * - `translation_event` is the outbox: the change's transaction writes one row per new version, and
 *   the work that follows a change (memory, repetitions, post-editing statistics, later live updates
 *   and outdated flags) is done from these rows right after the commit. A row not yet processed when
 *   a process stops is processed by the next one, so nothing is lost on a crash.
 */
export class EditionLedger1764000005000 implements MigrationInterface {
  name = 'EditionLedger1764000005000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE translation_revision
        ADD COLUMN kind text NOT NULL DEFAULT 'typed',
        ADD COLUMN score real,
        ADD COLUMN engine text;
      CREATE TABLE translation_event (
        id bigserial PRIMARY KEY,
        translation_id uuid NOT NULL,
        segment_id uuid NOT NULL,
        document_id uuid NOT NULL,
        project_id uuid NOT NULL,
        language text NOT NULL,
        version integer NOT NULL,
        kind text NOT NULL,
        text text NOT NULL,
        status text NOT NULL,
        previous_status text,
        origin text NOT NULL,
        author_id uuid,
        payload jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        processed_at timestamptz,
        failure text
      );
      CREATE INDEX translation_event_pending_idx ON translation_event (project_id, id) WHERE processed_at IS NULL;
      CREATE INDEX translation_event_document_idx ON translation_event (document_id, id);
      CREATE INDEX translation_event_processed_idx ON translation_event (processed_at) WHERE processed_at IS NOT NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE translation_event;
      ALTER TABLE translation_revision DROP COLUMN kind, DROP COLUMN score, DROP COLUMN engine;
    `);
  }
}

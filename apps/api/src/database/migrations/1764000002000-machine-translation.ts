import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Machine translation: the paid-once result cache, project glossaries and their DeepL copies,
 * post-editing records, and background jobs with per-segment progress (pre-translation).
 * `project_language.formality` / `pivot_language` already exist (initial schema).
 */
export class MachineTranslation1764000002000 implements MigrationInterface {
  name = 'MachineTranslation1764000002000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE mt_cache (
        id bigserial PRIMARY KEY,
        cache_key text NOT NULL UNIQUE,
        engine text NOT NULL,
        source_language text NOT NULL,
        target_language text NOT NULL,
        source_text text NOT NULL,
        translated_text text NOT NULL,
        characters integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE glossary_term (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES project(id) ON DELETE CASCADE,
        source_language text NOT NULL CHECK (source_language IN ('ru','en','de')),
        target_language text NOT NULL CHECK (target_language IN ('ru','en','de')),
        source_term text NOT NULL,
        target_term text NOT NULL,
        note text,
        forbidden text[] NOT NULL DEFAULT '{}',
        created_by uuid REFERENCES "user"(id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (source_language <> target_language)
      );
      CREATE UNIQUE INDEX glossary_term_unique_idx ON glossary_term(project_id, source_language, target_language, lower(source_term));

      CREATE TABLE deepl_glossary (
        project_id uuid NOT NULL REFERENCES project(id) ON DELETE CASCADE,
        source_language text NOT NULL,
        target_language text NOT NULL,
        glossary_id text NOT NULL,
        entries_hash text NOT NULL,
        synced_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (project_id, source_language, target_language)
      );

      CREATE TABLE post_edit (
        translation_id uuid PRIMARY KEY REFERENCES translation(id) ON DELETE CASCADE,
        mt_text text NOT NULL,
        final_text text NOT NULL,
        distance integer NOT NULL,
        editor_id uuid REFERENCES "user"(id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE job (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL,
        project_id uuid NOT NULL REFERENCES project(id) ON DELETE CASCADE,
        state text NOT NULL CHECK (state IN ('queued','running','paused','completed','cancelled','failed')),
        payload jsonb NOT NULL DEFAULT '{}',
        message text,
        lease_until timestamptz,
        created_by uuid REFERENCES "user"(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX job_state_idx ON job(state, lease_until);

      CREATE TABLE pretranslation_item (
        job_id uuid NOT NULL REFERENCES job(id) ON DELETE CASCADE,
        segment_id uuid NOT NULL REFERENCES segment(id) ON DELETE CASCADE,
        index integer NOT NULL,
        state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending','memory','mt','skipped','failed')),
        message text,
        PRIMARY KEY (job_id, segment_id)
      );
      CREATE INDEX pretranslation_item_pending_idx ON pretranslation_item(job_id, index) WHERE state = 'pending';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE pretranslation_item; DROP TABLE job; DROP TABLE post_edit; DROP TABLE deepl_glossary;
      DROP TABLE glossary_term; DROP TABLE mt_cache; DROP SCHEMA IF EXISTS pgboss CASCADE;
    `);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Working together live:
 * - `document_event`: what happened in a document, in one durable sequence (its id is the event id a
 *   reconnecting client resumes after). Saves come from the ledger's `translation_event` and comments
 *   from `segment_comment` by triggers (so no writer can forget them); presence, soft locks and job
 *   progress are written by the API. Every row is announced with `NOTIFY interlinea_event` carrying
 *   only ids, so every API process on the database hears of it and reads what it needs. Rows older
 *   than a day are pruned.
 * - `document_presence`, `segment_lock`: who has a document open (per tab) and who types where. Unlogged:
 *   they describe open connections, which a database crash ends anyway.
 * - `import_progress`: how far an upload (TMX import) has read its file, for any process to answer.
 */
export class LiveCollaboration1764000013000 implements MigrationInterface {
  name = 'LiveCollaboration1764000013000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE document_event (
        id bigserial PRIMARY KEY,
        document_id uuid REFERENCES document(id) ON DELETE CASCADE,
        project_id uuid NOT NULL REFERENCES project(id) ON DELETE CASCADE,
        kind text NOT NULL,
        ref text,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX document_event_document_idx ON document_event (document_id, id);
      CREATE INDEX document_event_created_idx ON document_event (created_at);

      CREATE FUNCTION document_event_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('interlinea_event', json_build_object('i', NEW.id::text, 'd', NEW.document_id, 'k', NEW.kind, 'r', NEW.ref)::text);
        RETURN NULL;
      END $$;
      CREATE TRIGGER document_event_notify AFTER INSERT ON document_event FOR EACH ROW EXECUTE FUNCTION document_event_notify();

      CREATE FUNCTION document_event_from_translation() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO document_event (document_id, project_id, kind, ref, payload)
        VALUES (NEW.document_id, NEW.project_id, 'saved', NEW.segment_id::text, jsonb_build_object(
          'segmentId', NEW.segment_id, 'language', NEW.language, 'version', NEW.version, 'text', NEW.text, 'status', NEW.status,
          'previousStatus', NEW.previous_status, 'origin', NEW.origin, 'kind', NEW.kind, 'authorId', NEW.author_id));
        RETURN NULL;
      END $$;
      CREATE TRIGGER translation_event_live AFTER INSERT ON translation_event FOR EACH ROW EXECUTE FUNCTION document_event_from_translation();

      CREATE FUNCTION document_event_from_comment() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        action text;
      BEGIN
        IF TG_OP = 'INSERT' THEN
          action := 'posted';
        ELSIF NEW.resolved_at IS NOT NULL AND OLD.resolved_at IS NULL THEN
          action := 'resolved';
        ELSIF NEW.resolved_at IS NULL AND OLD.resolved_at IS NOT NULL THEN
          action := 'reopened';
        ELSE
          RETURN NULL;
        END IF;
        INSERT INTO document_event (document_id, project_id, kind, ref, payload)
        VALUES (NEW.document_id, NEW.project_id, 'comment', NEW.segment_id::text, jsonb_build_object(
          'segmentId', NEW.segment_id, 'commentId', NEW.id, 'language', NEW.language, 'parentId', NEW.parent_id, 'action', action,
          'authorId', CASE WHEN TG_OP = 'INSERT' THEN NEW.author_id ELSE NEW.resolved_by END));
        RETURN NULL;
      END $$;
      CREATE TRIGGER segment_comment_live AFTER INSERT OR UPDATE OF resolved_at ON segment_comment FOR EACH ROW EXECUTE FUNCTION document_event_from_comment();

      CREATE UNLOGGED TABLE document_presence (
        document_id uuid NOT NULL,
        client_id text NOT NULL,
        user_id uuid NOT NULL,
        segment_id uuid,
        language text,
        seen_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (document_id, client_id)
      );
      CREATE INDEX document_presence_seen_idx ON document_presence (seen_at);

      CREATE UNLOGGED TABLE segment_lock (
        segment_id uuid NOT NULL,
        language text NOT NULL,
        document_id uuid NOT NULL,
        user_id uuid NOT NULL,
        client_id text NOT NULL,
        taken_at timestamptz NOT NULL DEFAULT now(),
        renewed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (segment_id, language)
      );
      CREATE INDEX segment_lock_document_idx ON segment_lock (document_id);
      CREATE INDEX segment_lock_client_idx ON segment_lock (client_id);

      CREATE UNLOGGED TABLE import_progress (
        key text PRIMARY KEY,
        read_bytes bigint NOT NULL DEFAULT 0,
        total_bytes bigint NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE import_progress;
      DROP TABLE segment_lock;
      DROP TABLE document_presence;
      DROP TRIGGER segment_comment_live ON segment_comment;
      DROP FUNCTION document_event_from_comment();
      DROP TRIGGER translation_event_live ON translation_event;
      DROP FUNCTION document_event_from_translation();
      DROP TABLE document_event;
      DROP FUNCTION document_event_notify();
    `);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/** Users, sessions, projects and their editions, roles, documents, segments, translations and revisions. */
export class InitialSchema1764000000000 implements MigrationInterface {
  name = 'InitialSchema1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "user" (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL UNIQUE CHECK (email = lower(email)),
        display_name text NOT NULL,
        password_hash text NOT NULL,
        ui_language text NOT NULL DEFAULT 'en' CHECK (ui_language IN ('en','ru','de')),
        is_admin boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE session (
        id text PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES "user"(id) ON DELETE CASCADE,
        csrf_token text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX session_user_idx ON session(user_id);
      CREATE TABLE login_attempt (
        id bigserial PRIMARY KEY,
        email text NOT NULL,
        ip text NOT NULL,
        succeeded boolean NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX login_attempt_email_idx ON login_attempt(email, created_at);
      CREATE INDEX login_attempt_ip_idx ON login_attempt(ip, created_at);

      CREATE TABLE project (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        source_language text NOT NULL CHECK (source_language IN ('ru','en','de')),
        created_by uuid REFERENCES "user"(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE project_language (
        project_id uuid NOT NULL REFERENCES project(id) ON DELETE CASCADE,
        language text NOT NULL CHECK (language IN ('ru','en','de')),
        formality text NOT NULL DEFAULT 'default' CHECK (formality IN ('default','more','less')),
        pivot_language text CHECK (pivot_language IN ('ru','en','de')),
        PRIMARY KEY (project_id, language)
      );
      CREATE TABLE membership (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES project(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES "user"(id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('manager','translator','reviewer','publisher')),
        language text CHECK (language IN ('ru','en','de')),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((role IN ('translator','reviewer')) = (language IS NOT NULL))
      );
      CREATE UNIQUE INDEX membership_unique_idx ON membership(project_id, user_id, role, coalesce(language, ''));
      CREATE INDEX membership_user_idx ON membership(user_id);
      CREATE TABLE invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES project(id) ON DELETE CASCADE,
        email text NOT NULL,
        role text NOT NULL CHECK (role IN ('manager','translator','reviewer','publisher')),
        language text CHECK (language IN ('ru','en','de')),
        token text NOT NULL UNIQUE,
        invited_by uuid REFERENCES "user"(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        accepted_by uuid REFERENCES "user"(id) ON DELETE SET NULL
      );
      CREATE INDEX invitation_project_idx ON invitation(project_id);

      CREATE TABLE document (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES project(id) ON DELETE CASCADE,
        title text NOT NULL,
        format text NOT NULL,
        file_name text NOT NULL,
        original bytea NOT NULL,
        skeleton jsonb NOT NULL,
        segment_count integer NOT NULL,
        word_count integer NOT NULL,
        created_by uuid REFERENCES "user"(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX document_project_idx ON document(project_id);
      CREATE TABLE segment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        document_id uuid NOT NULL REFERENCES document(id) ON DELETE CASCADE,
        index integer NOT NULL,
        block_index integer NOT NULL,
        source text NOT NULL,
        codes jsonb NOT NULL DEFAULT '[]',
        source_hash text NOT NULL,
        word_count integer NOT NULL,
        space_before text NOT NULL DEFAULT '',
        space_after text NOT NULL DEFAULT '',
        UNIQUE (document_id, index)
      );
      CREATE INDEX segment_source_hash_idx ON segment(source_hash);
      CREATE TABLE translation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        segment_id uuid NOT NULL REFERENCES segment(id) ON DELETE CASCADE,
        language text NOT NULL CHECK (language IN ('ru','en','de')),
        text text NOT NULL,
        codes jsonb NOT NULL DEFAULT '[]',
        status text NOT NULL CHECK (status IN ('draft','translated','approved','rejected')),
        origin text NOT NULL DEFAULT 'human' CHECK (origin IN ('human','tm','mt','propagated')),
        score real,
        version integer NOT NULL,
        author_id uuid REFERENCES "user"(id) ON DELETE SET NULL,
        review_comment text,
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (segment_id, language)
      );
      CREATE TABLE translation_revision (
        id bigserial PRIMARY KEY,
        translation_id uuid NOT NULL REFERENCES translation(id) ON DELETE CASCADE,
        version integer NOT NULL,
        text text NOT NULL,
        status text NOT NULL,
        origin text NOT NULL,
        author_id uuid REFERENCES "user"(id) ON DELETE SET NULL,
        comment text,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (translation_id, version)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE translation_revision; DROP TABLE translation; DROP TABLE segment; DROP TABLE document;
      DROP TABLE invitation; DROP TABLE membership; DROP TABLE project_language; DROP TABLE project;
      DROP TABLE login_attempt; DROP TABLE session; DROP TABLE "user";
    `);
  }
}

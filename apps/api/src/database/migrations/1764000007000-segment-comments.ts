import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Comment threads on segments and the inbox that tells people about them.
 *
 * - `segment_comment`: a comment on a segment, about one edition (`language`) or all (NULL); a reply
 *   points at the thread's first comment (`parent_id`). A rejection's reason is a comment of kind
 *   `rejection`. Resolving and reopening keeps who did it and when.
 * - `inbox_item`: one line per person and comment they should read (mentioned, answered, their
 *   translation rejected), read or not.
 * - `user.ui_language_chosen`: the person picked their interface language themselves (error messages
 *   then follow it rather than the browser's Accept-Language).
 */
export class SegmentComments1764000007000 implements MigrationInterface {
  name = 'SegmentComments1764000007000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE segment_comment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        segment_id uuid NOT NULL REFERENCES segment(id) ON DELETE CASCADE,
        document_id uuid NOT NULL REFERENCES document(id) ON DELETE CASCADE,
        project_id uuid NOT NULL REFERENCES project(id) ON DELETE CASCADE,
        language text,
        parent_id uuid REFERENCES segment_comment(id) ON DELETE CASCADE,
        kind text NOT NULL DEFAULT 'comment' CHECK (kind IN ('comment', 'rejection')),
        body text NOT NULL,
        author_id uuid REFERENCES "user"(id) ON DELETE SET NULL,
        mentions uuid[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        resolved_at timestamptz,
        resolved_by uuid REFERENCES "user"(id) ON DELETE SET NULL
      );
      CREATE INDEX segment_comment_segment_idx ON segment_comment (segment_id, created_at);
      CREATE INDEX segment_comment_open_idx ON segment_comment (segment_id) WHERE parent_id IS NULL AND resolved_at IS NULL;
      CREATE TABLE inbox_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES "user"(id) ON DELETE CASCADE,
        comment_id uuid NOT NULL REFERENCES segment_comment(id) ON DELETE CASCADE,
        reason text NOT NULL CHECK (reason IN ('mention', 'reply', 'rejection')),
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        UNIQUE (user_id, comment_id)
      );
      CREATE INDEX inbox_item_user_idx ON inbox_item (user_id, created_at DESC);
      ALTER TABLE "user" ADD COLUMN ui_language_chosen boolean NOT NULL DEFAULT false;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE inbox_item; DROP TABLE segment_comment; ALTER TABLE "user" DROP COLUMN ui_language_chosen;`);
  }
}

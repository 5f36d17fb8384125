import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Comment, CommentKind, InboxItem, InboxReason, Language } from '@interlinea/shared';

export interface NewComment {
  segmentId: string;
  language: Language | null;
  parentId: string | null;
  kind: CommentKind;
  body: string;
  authorId: string;
  mentions: string[];
}

/** What a change to a comment needs to know about it. */
export interface CommentRef {
  id: string;
  segmentId: string;
  projectId: string;
  parentId: string | null;
  language: Language | null;
}

export interface NewInboxItem {
  userId: string;
  commentId: string;
  reason: InboxReason;
}

const COMMENT = `SELECT c.id, c.segment_id AS "segmentId", c.language, c.parent_id AS "parentId", c.kind, c.body,
    c.author_id AS "authorId", a.display_name AS "authorName",
    (SELECT coalesce(json_agg(json_build_object('userId', mu.id, 'displayName', mu.display_name) ORDER BY mu.display_name), '[]'::json)
       FROM "user" mu WHERE mu.id = ANY(c.mentions)) AS mentions,
    c.created_at AS "createdAt", c.resolved_at IS NOT NULL AS resolved, c.resolved_at AS "resolvedAt", r.display_name AS "resolvedByName"
  FROM segment_comment c LEFT JOIN "user" a ON a.id = c.author_id LEFT JOIN "user" r ON r.id = c.resolved_by`;

type CommentRow = Omit<Comment, 'createdAt' | 'resolvedAt'> & { createdAt: Date | string; resolvedAt: Date | string | null };

const iso = (value: Date | string) => new Date(value).toISOString();
const toComment = (row: CommentRow): Comment => ({ ...row, createdAt: iso(row.createdAt), resolvedAt: row.resolvedAt ? iso(row.resolvedAt) : null });

/** Comment threads on segments and the inbox of the people they concern. */
@Injectable()
export class CommentsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The segment's comments, oldest first; with `language`, those about that edition or about every edition. */
  async list(segmentId: string, language: Language | undefined): Promise<Comment[]> {
    const rows: CommentRow[] = await this.db.query(
      `${COMMENT} WHERE c.segment_id = $1 AND ($2::text IS NULL OR c.language IS NULL OR c.language = $2) ORDER BY c.created_at, c.id`,
      [segmentId, language ?? null],
    );
    return rows.map(toComment);
  }

  /** Every comment on the document's segments about this edition or about every edition, in thread order (for XLIFF notes). */
  async forDocument(documentId: string, language: Language): Promise<Comment[]> {
    const rows: CommentRow[] = await this.db.query(
      `${COMMENT} WHERE c.document_id = $1 AND (c.language IS NULL OR c.language = $2)
        ORDER BY c.segment_id, coalesce((SELECT p.created_at FROM segment_comment p WHERE p.id = c.parent_id), c.created_at), coalesce(c.parent_id, c.id), c.created_at, c.id`,
      [documentId, language],
    );
    return rows.map(toComment);
  }

  async findOne(id: string): Promise<Comment | null> {
    const rows: CommentRow[] = await this.db.query(`${COMMENT} WHERE c.id = $1`, [id]);
    return rows[0] ? toComment(rows[0]) : null;
  }

  async findRef(id: string): Promise<CommentRef | null> {
    const rows: CommentRef[] = await this.db.query(
      `SELECT id, segment_id AS "segmentId", project_id AS "projectId", parent_id AS "parentId", language FROM segment_comment WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** Stores a comment; its document and project are the segment's. */
  async insert(comment: NewComment, manager: EntityManager): Promise<string> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO segment_comment (segment_id, document_id, project_id, language, parent_id, kind, body, author_id, mentions)
       SELECT s.id, s.document_id, d.project_id, $2, $3, $4, $5, $6, $7::uuid[]
         FROM segment s JOIN document d ON d.id = s.document_id WHERE s.id = $1
       RETURNING id`,
      [comment.segmentId, comment.language, comment.parentId, comment.kind, comment.body, comment.authorId, comment.mentions],
    );
    return rows[0].id;
  }

  /** Resolving keeps who and when; reopening clears both. */
  async setResolved(id: string, resolved: boolean, userId: string): Promise<void> {
    await this.db.query(
      resolved
        ? 'UPDATE segment_comment SET resolved_at = coalesce(resolved_at, now()), resolved_by = coalesce(resolved_by, $2) WHERE id = $1'
        : 'UPDATE segment_comment SET resolved_at = NULL, resolved_by = NULL WHERE id = $1 AND $2::uuid IS NOT NULL',
      [id, userId],
    );
  }

  /** Everyone who wrote in a thread (its first comment and the replies). */
  async threadAuthors(rootId: string, manager: EntityManager): Promise<string[]> {
    const rows: { authorId: string }[] = await manager.query(
      'SELECT DISTINCT author_id AS "authorId" FROM segment_comment WHERE (id = $1 OR parent_id = $1) AND author_id IS NOT NULL',
      [rootId],
    );
    return rows.map((r) => r.authorId);
  }

  /** Who last wrote the edition's text of the segment (a review is not writing it). */
  async lastTranslator(segmentId: string, language: Language): Promise<string | null> {
    const rows: { authorId: string | null }[] = await this.db.query(
      `SELECT r.author_id AS "authorId" FROM translation_revision r JOIN translation t ON t.id = r.translation_id
        WHERE t.segment_id = $1 AND t.language = $2 AND r.kind <> 'reviewed' AND r.author_id IS NOT NULL
        ORDER BY r.version DESC LIMIT 1`,
      [segmentId, language],
    );
    return rows[0]?.authorId ?? null;
  }

  async addToInbox(items: NewInboxItem[], manager: EntityManager): Promise<void> {
    if (items.length === 0) return;
    await manager.query(
      `INSERT INTO inbox_item (user_id, comment_id, reason)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[]) ON CONFLICT (user_id, comment_id) DO NOTHING`,
      [items.map((i) => i.userId), items.map((i) => i.commentId), items.map((i) => i.reason)],
    );
  }

  /** The person's inbox, newest first, of the projects they still belong to. */
  async inbox(userId: string, limit: number): Promise<InboxItem[]> {
    const rows: (Omit<InboxItem, 'comment' | 'createdAt' | 'readAt'> & { comment: CommentRow; createdAt: Date; readAt: Date | null })[] = await this.db.query(
      `SELECT i.id, i.reason, i.created_at AS "createdAt", i.read_at AS "readAt", c.project_id AS "projectId", c.document_id AS "documentId",
              d.title AS "documentTitle", s.index AS "segmentIndex", row_to_json(cm) AS comment,
              coalesce(c.language, (SELECT min(pl.language) FROM project_language pl WHERE pl.project_id = c.project_id)) AS edition
         FROM inbox_item i
         JOIN segment_comment c ON c.id = i.comment_id
         JOIN segment s ON s.id = c.segment_id
         JOIN document d ON d.id = c.document_id
         JOIN LATERAL (${COMMENT} WHERE c.id = i.comment_id) cm ON true
        WHERE i.user_id = $1 AND EXISTS (SELECT 1 FROM membership m WHERE m.project_id = c.project_id AND m.user_id = $1)
        ORDER BY i.created_at DESC, i.id LIMIT $2`,
      [userId, limit],
    );
    return rows.map((r) => ({ ...r, createdAt: iso(r.createdAt), readAt: r.readAt ? iso(r.readAt) : null, comment: toComment(r.comment) }));
  }

  async unreadCount(userId: string): Promise<number> {
    const rows: { n: number }[] = await this.db.query(
      `SELECT count(*)::int AS n FROM inbox_item i JOIN segment_comment c ON c.id = i.comment_id
        WHERE i.user_id = $1 AND i.read_at IS NULL AND EXISTS (SELECT 1 FROM membership m WHERE m.project_id = c.project_id AND m.user_id = $1)`,
      [userId],
    );
    return rows[0].n;
  }

  /** Marks one of the person's inbox items read; false when they have no such item. */
  async markRead(id: string, userId: string): Promise<boolean> {
    // an UPDATE answers [rows, affected count]
    const [, affected]: [unknown[], number] = await this.db.query('UPDATE inbox_item SET read_at = coalesce(read_at, now()) WHERE id = $1 AND user_id = $2', [
      id,
      userId,
    ]);
    return affected > 0;
  }
}

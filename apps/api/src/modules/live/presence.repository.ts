import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { initialsOf, type Language, type PresenceEntry } from '@interlinea/shared';

/** Who has which document open (one row per tab), in an unlogged table every process reads. */
@Injectable()
export class PresenceRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async join(documentId: string, clientId: string, userId: string): Promise<void> {
    await this.db.query(
      `INSERT INTO document_presence (document_id, client_id, user_id) VALUES ($1, $2, $3)
       ON CONFLICT (document_id, client_id) DO UPDATE SET user_id = EXCLUDED.user_id, seen_at = now()`,
      [documentId, clientId, userId],
    );
  }

  /** Moves the tab (or, without a tab, every tab of the person on the document) to a segment; false when none is open. */
  async focus(documentId: string, clientId: string | null, userId: string, segmentId: string | null, language: Language | null): Promise<boolean> {
    const [, count]: [unknown, number] = await this.db.query(
      `UPDATE document_presence SET segment_id = $4, language = $5, seen_at = now()
        WHERE document_id = $1 AND user_id = $3 AND ($2::text IS NULL OR client_id = $2)`,
      [documentId, clientId, userId, segmentId, language],
    );
    return count > 0;
  }

  async upsertFocus(documentId: string, clientId: string, userId: string, segmentId: string | null, language: Language | null): Promise<void> {
    await this.db.query(
      `INSERT INTO document_presence (document_id, client_id, user_id, segment_id, language) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (document_id, client_id) DO UPDATE SET segment_id = EXCLUDED.segment_id, language = EXCLUDED.language, seen_at = now()`,
      [documentId, clientId, userId, segmentId, language],
    );
  }

  async leave(documentId: string, clientId: string): Promise<boolean> {
    const [, count]: [unknown, number] = await this.db.query(`DELETE FROM document_presence WHERE document_id = $1 AND client_id = $2`, [documentId, clientId]);
    return count > 0;
  }

  /** The tabs this process streams to are alive (one statement per keep-alive round). */
  async touch(tabs: { documentId: string; clientId: string }[]): Promise<void> {
    if (tabs.length === 0) return;
    await this.db.query(
      `UPDATE document_presence p SET seen_at = now() FROM unnest($1::uuid[], $2::text[]) AS t(document_id, client_id)
        WHERE p.document_id = t.document_id AND p.client_id = t.client_id`,
      [tabs.map((t) => t.documentId), tabs.map((t) => t.clientId)],
    );
  }

  /** Drops tabs not heard of for `seconds` (their process died): the documents they were on. */
  async expire(seconds: number): Promise<{ documentId: string; clientId: string }[]> {
    const [rows]: [{ documentId: string; clientId: string }[], number] = await this.db.query(
      `DELETE FROM document_presence WHERE seen_at < now() - make_interval(secs => $1) RETURNING document_id AS "documentId", client_id AS "clientId"`,
      [seconds],
    );
    return rows;
  }

  async list(documentId: string): Promise<PresenceEntry[]> {
    const rows: { clientId: string; userId: string; name: string; segmentId: string | null; language: Language | null }[] = await this.db.query(
      `SELECT p.client_id AS "clientId", p.user_id AS "userId", coalesce(nullif(u.display_name, ''), u.email) AS name, p.segment_id AS "segmentId", p.language
         FROM document_presence p JOIN "user" u ON u.id = p.user_id WHERE p.document_id = $1 ORDER BY p.seen_at, p.client_id`,
      [documentId],
    );
    return rows.map((r) => ({ ...r, initials: initialsOf(r.name) }));
  }
}

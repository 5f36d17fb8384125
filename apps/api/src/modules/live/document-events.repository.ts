import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { DocumentEvent, DocumentEventBody } from '@interlinea/shared';

type Queryable = Pick<EntityManager, 'query'>;

/** A new row of `document_event` (saves and comments come by trigger; the API writes the others). */
export interface NewDocumentEvent {
  documentId: string | null;
  /** Read from the document when not given. */
  projectId: string | null;
  ref: string | null;
  body: Exclude<DocumentEventBody, { type: 'hello' | 'saved' | 'comment' }>;
}

interface EventRow {
  id: string;
  documentId: string | null;
  kind: DocumentEventBody['type'];
  payload: Record<string, unknown>;
  createdAt: Date;
  authorName: string | null;
}

const EVENT = `e.id::text, e.document_id AS "documentId", e.kind, e.payload, e.created_at AS "createdAt", u.display_name AS "authorName"`;
const AUTHOR = `LEFT JOIN "user" u ON u.id = CASE WHEN e.kind IN ('saved', 'comment') THEN (e.payload->>'authorId')::uuid END`;
/** Events of a slower transaction may get a smaller id yet commit after a larger one: a resume replays this much before its id too. */
const RESUME_OVERLAP = `interval '2 seconds'`;

/** The durable sequence of document events, which every API process reads after a NOTIFY. */
@Injectable()
export class DocumentEventsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insert(event: NewDocumentEvent, manager: Queryable = this.db): Promise<string> {
    const { type, ...payload } = event.body;
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO document_event (document_id, project_id, kind, ref, payload)
       VALUES ($1, coalesce($2, (SELECT project_id FROM document WHERE id = $1)), $3, $4, $5) RETURNING id::text`,
      [event.documentId, event.projectId, type, event.ref, JSON.stringify(payload)],
    );
    return rows[0].id;
  }

  async byIds(ids: string[]): Promise<DocumentEvent[]> {
    const rows: EventRow[] = await this.db.query(`SELECT ${EVENT} FROM document_event e ${AUTHOR} WHERE e.id = ANY($1::bigint[]) ORDER BY e.id`, [ids]);
    return rows.map(toEvent);
  }

  /**
   * The document's events after `afterId` (oldest first), and those just before it that were
   * written at nearly the same time (they may have committed later): the client skips ids it has.
   */
  async since(documentId: string, afterId: string, limit: number): Promise<DocumentEvent[]> {
    const rows: EventRow[] = await this.db.query(
      `SELECT ${EVENT} FROM document_event e ${AUTHOR}
        WHERE e.document_id = $1 AND (e.id > $2::bigint OR e.created_at > (SELECT created_at - ${RESUME_OVERLAP} FROM document_event WHERE id = $2::bigint))
        ORDER BY e.id LIMIT $3`,
      [documentId, afterId, limit],
    );
    return rows.map(toEvent);
  }

  async latestId(documentId: string): Promise<string> {
    const rows: { id: string | null }[] = await this.db.query(`SELECT max(id)::text AS id FROM document_event WHERE document_id = $1`, [documentId]);
    return rows[0].id ?? '0';
  }

  async prune(olderThanHours: number): Promise<void> {
    await this.db.query(`DELETE FROM document_event WHERE created_at < now() - make_interval(hours => $1)`, [olderThanHours]);
  }
}

function toEvent(row: EventRow): DocumentEvent {
  const extra = row.kind === 'saved' || row.kind === 'comment' ? { authorName: row.authorName } : {};
  return {
    id: row.id,
    documentId: row.documentId ?? '',
    at: new Date(row.createdAt).toISOString(),
    type: row.kind,
    ...row.payload,
    ...extra,
  } as DocumentEvent;
}

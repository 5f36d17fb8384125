import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Language, SoftLock } from '@interlinea/shared';

type Queryable = Pick<EntityManager, 'query'>;

interface LockRow {
  segmentId: string;
  language: Language;
  documentId: string;
  userId: string;
  name: string;
  clientId: string;
  since: Date;
}

const columns = (l: string) => `${l}.segment_id AS "segmentId", ${l}.language, ${l}.document_id AS "documentId", ${l}.user_id AS "userId",
  coalesce(nullif(u.display_name, ''), u.email) AS name, ${l}.client_id AS "clientId", ${l}.taken_at AS since`;
const LOCK = columns('l');

export type StoredLock = SoftLock & { documentId: string };

/** Soft locks (who types where), in an unlogged table; a lock not renewed for the idle time counts as gone. */
@Injectable()
export class SoftLocksRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The live lock of the segment's edition, held for the transaction (so two takers do not cross). */
  async holder(segmentId: string, language: Language, idleSeconds: number, manager: Queryable): Promise<StoredLock | null> {
    const rows: LockRow[] = await manager.query(
      `SELECT ${LOCK} FROM segment_lock l JOIN "user" u ON u.id = l.user_id
        WHERE l.segment_id = $1 AND l.language = $2 AND l.renewed_at > now() - make_interval(secs => $3) FOR UPDATE OF l`,
      [segmentId, language, idleSeconds],
    );
    return rows[0] ? toLock(rows[0]) : null;
  }

  /**
   * What this transaction writes describes open connections (locks in an unlogged table, which a crash
   * empties, and their announcements): its commit need not wait for the disk. That matters beyond this
   * request: PostgreSQL commits the transactions that NOTIFY one at a time, so a commit waiting for the
   * disk holds up every other announcing commit (the saves among them).
   */
  async withoutWaitingForDisk(manager: Queryable): Promise<void> {
    await manager.query(`SET LOCAL synchronous_commit TO OFF`);
  }

  /**
   * Takes (or renews) the lock for this tab, and releases the tab's other locks in the document (one
   * typing place per tab), in one statement: the lock as taken, and what was released.
   */
  async take(
    lock: { segmentId: string; language: Language; documentId: string; userId: string; clientId: string },
    manager: Queryable,
  ): Promise<{ lock: StoredLock; released: StoredLock[] }> {
    const rows: (LockRow & { taken: boolean })[] = await manager.query(
      `WITH taken AS (
         INSERT INTO segment_lock (segment_id, language, document_id, user_id, client_id) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (segment_id, language) DO UPDATE SET user_id = EXCLUDED.user_id, client_id = EXCLUDED.client_id, renewed_at = now(),
           taken_at = CASE WHEN segment_lock.client_id = EXCLUDED.client_id THEN segment_lock.taken_at ELSE now() END
         RETURNING *
       ), released AS (
         DELETE FROM segment_lock WHERE document_id = $3 AND client_id = $5 AND NOT (segment_id = $1 AND language = $2) RETURNING *
       )
       SELECT true AS taken, ${columns('t')} FROM taken t JOIN "user" u ON u.id = t.user_id
       UNION ALL
       SELECT false, ${columns('r')} FROM released r JOIN "user" u ON u.id = r.user_id`,
      [lock.segmentId, lock.language, lock.documentId, lock.userId, lock.clientId],
    );
    const toStored = ({ taken: _, ...row }: LockRow & { taken: boolean }) => toLock(row);
    return { lock: toStored(rows.find((r) => r.taken)!), released: rows.filter((r) => !r.taken).map(toStored) };
  }

  /** Releases the lock if this person (this tab, when given) holds it. */
  release(segmentId: string, language: Language, userId: string, clientId: string | null): Promise<StoredLock[]> {
    return this.deleted(this.db, `segment_id = $1 AND language = $2 AND user_id = $3 AND ($4::text IS NULL OR client_id = $4)`, [
      segmentId,
      language,
      userId,
      clientId,
    ]);
  }

  /** The tab went away: its locks end. */
  releaseClient(documentId: string, clientId: string): Promise<StoredLock[]> {
    return this.deleted(this.db, `document_id = $1 AND client_id = $2`, [documentId, clientId]);
  }

  /** Locks idle for longer than `idleSeconds`, removed (each by exactly one process). */
  expire(idleSeconds: number): Promise<StoredLock[]> {
    return this.deleted(this.db, `renewed_at < now() - make_interval(secs => $1)`, [idleSeconds]);
  }

  async list(documentId: string, idleSeconds: number): Promise<SoftLock[]> {
    const rows: LockRow[] = await this.db.query(
      `SELECT ${LOCK} FROM segment_lock l JOIN "user" u ON u.id = l.user_id
        WHERE l.document_id = $1 AND l.renewed_at > now() - make_interval(secs => $2) ORDER BY l.taken_at`,
      [documentId, idleSeconds],
    );
    return rows.map((r) => {
      const { documentId: _, ...lock } = toLock(r);
      return lock;
    });
  }

  private async deleted(manager: Queryable, where: string, params: unknown[]): Promise<StoredLock[]> {
    const rows: LockRow[] = await manager.query(
      `WITH gone AS (DELETE FROM segment_lock WHERE ${where} RETURNING *)
       SELECT ${columns('g')} FROM gone g JOIN "user" u ON u.id = g.user_id`,
      params,
    );
    return rows.map(toLock);
  }
}

function toLock(row: LockRow): StoredLock {
  return { ...row, since: new Date(row.since).toISOString() };
}

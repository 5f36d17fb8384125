import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Language, SoftLock } from '@interlinea/shared';
import { prepared } from '../../database/prepared-statement';

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
/** A lock as its `lock` event carries it (the `SoftLock` that `toLock` makes of a row), for events written in SQL. */
const LOCK_JSON = (l: string) => `jsonb_build_object('segmentId', ${l}.segment_id, 'language', ${l}.language, 'userId', ${l}.user_id,
  'name', coalesce(nullif(u.display_name, ''), u.email), 'clientId', ${l}.client_id, 'since', to_char(${l}.taken_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))`;

export type StoredLock = SoftLock & { documentId: string };

/** Soft locks (who types where), in an unlogged table; a lock not renewed for the idle time counts as gone. */
@Injectable()
export class SoftLocksRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Takes (or renews) the lock of the segment's edition for this tab unless someone else holds it (or
   * `force`), releases the tab's other locks in the document (one typing place per tab), and stores the
   * `lock` events of what changed, all in one statement: the lock and its announcements together or
   * not at all, in one round trip. Returns the live lock found before, and the lock taken (null when
   * refused: someone else holds it).
   *
   * Its commit does not wait for the disk (`synchronous_commit` off for this statement's transaction):
   * locks describe open connections (the table is unlogged: a crash empties it), and so do their
   * announcements. It matters beyond this request: PostgreSQL commits the transactions that NOTIFY
   * one at a time, so a commit that waits for the disk holds up every other announcing commit, the
   * saves among them.
   */
  async take(
    lock: { segmentId: string; language: Language; documentId: string; projectId: string; userId: string; clientId: string },
    options: { force: boolean; idleSeconds: number },
  ): Promise<{ previous: StoredLock | null; lock: StoredLock | null }> {
    const rows: (LockRow & { role: 'previous' | 'taken' })[] = await this.db.query(
      prepared(
        'soft-lock-take',
        `WITH durability AS (
         SELECT set_config('synchronous_commit', 'off', true)
       ), previous AS (
         SELECT l.* FROM segment_lock l
          WHERE l.segment_id = $1 AND l.language = $2 AND l.renewed_at > now() - make_interval(secs => $7) FOR UPDATE OF l
       ), allowed AS (
         SELECT $8::boolean OR NOT EXISTS (SELECT 1 FROM previous WHERE user_id <> $5) AS ok FROM durability
       ), taken AS (
         INSERT INTO segment_lock (segment_id, language, document_id, user_id, client_id) SELECT $1, $2, $3, $5, $6 FROM allowed WHERE ok
         ON CONFLICT (segment_id, language) DO UPDATE SET user_id = EXCLUDED.user_id, client_id = EXCLUDED.client_id, renewed_at = now(),
           taken_at = CASE WHEN segment_lock.client_id = EXCLUDED.client_id THEN segment_lock.taken_at ELSE now() END
         RETURNING *
       ), released AS (
         DELETE FROM segment_lock WHERE document_id = $3 AND client_id = $6 AND NOT (segment_id = $1 AND language = $2) AND (SELECT ok FROM allowed)
         RETURNING *
       ), change AS (
         SELECT CASE WHEN p.client_id IS NULL THEN 'taken' WHEN p.client_id = $6 THEN 'renewed' WHEN p.user_id <> $5 THEN 'taken-over' ELSE 'taken' END AS reason
           FROM (SELECT 1) one LEFT JOIN previous p ON true
       ), events AS (
         INSERT INTO document_event (document_id, project_id, kind, ref, payload)
         SELECT $3, $4, 'lock', e.segment_id::text, e.payload FROM (
           SELECT 0 AS n, t.segment_id, jsonb_build_object('segmentId', t.segment_id, 'language', t.language, 'lock', ${LOCK_JSON('t')}, 'reason', c.reason) AS payload
             FROM taken t JOIN "user" u ON u.id = t.user_id CROSS JOIN change c WHERE c.reason <> 'renewed'
           UNION ALL
           SELECT 1, r.segment_id, jsonb_build_object('segmentId', r.segment_id, 'language', r.language, 'lock', NULL, 'reason', 'released') FROM released r
         ) e ORDER BY e.n
       )
       SELECT 'previous' AS role, ${columns('p')} FROM previous p JOIN "user" u ON u.id = p.user_id
       UNION ALL
       SELECT 'taken', ${columns('t')} FROM taken t JOIN "user" u ON u.id = t.user_id`,
      ),
      [lock.segmentId, lock.language, lock.documentId, lock.projectId, lock.userId, lock.clientId, options.idleSeconds, options.force],
    );
    const found = (role: 'previous' | 'taken') => {
      const row = rows.find((r) => r.role === role);
      if (!row) return null;
      const { role: _, ...lockRow } = row;
      return toLock(lockRow);
    };
    return { previous: found('previous'), lock: found('taken') };
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

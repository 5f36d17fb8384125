import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { TranslationEvent } from './ledger-event';

const EVENT = `id::text, translation_id AS "translationId", segment_id AS "segmentId", document_id AS "documentId", project_id AS "projectId",
  language, version, kind, text, status, previous_status AS "previousStatus", origin, author_id AS "authorId", payload, created_at AS "createdAt"`;

/** The outbox of the ledger: events not yet followed, taken in batches by one process at a time. */
@Injectable()
export class OutboxRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The oldest events nobody has followed yet, locked for this transaction (others skip them). */
  takePending(limit: number, manager: EntityManager): Promise<TranslationEvent[]> {
    return manager.query(`SELECT ${EVENT} FROM translation_event WHERE processed_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`, [limit]);
  }

  async markFollowed(ids: string[], manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE translation_event SET processed_at = now() WHERE id = ANY($1::bigint[])`, [ids]);
  }

  async markFailed(id: string, failure: string): Promise<void> {
    await this.db.query(`UPDATE translation_event SET processed_at = now(), failure = $2 WHERE id = $1`, [id, failure]);
  }

  /** Whether changes of the project (or of any project) are still to be followed. */
  async hasPending(projectId: string | null): Promise<boolean> {
    const rows: { pending: boolean }[] = projectId
      ? await this.db.query(`SELECT EXISTS (SELECT 1 FROM translation_event WHERE processed_at IS NULL AND project_id = $1) AS pending`, [projectId])
      : await this.db.query(`SELECT EXISTS (SELECT 1 FROM translation_event WHERE processed_at IS NULL) AS pending`);
    return rows[0].pending;
  }

  /** Followed events are kept for a while (live updates replay them), then dropped. */
  async forgetFollowed(olderThanHours: number): Promise<void> {
    await this.db.query(`DELETE FROM translation_event WHERE processed_at < now() - make_interval(hours => $1)`, [olderThanHours]);
  }
}

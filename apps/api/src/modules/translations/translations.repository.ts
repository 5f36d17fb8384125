import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Language, Revision, Translation, TranslationOrigin, TranslationStatus } from '@interlinea/shared';
import { TranslationEntity } from './entities/translation.entity';
import { TranslationRevisionEntity } from './entities/translation-revision.entity';

/** Where a segment lives: enough to check roles and find repetitions. */
export interface SegmentContext {
  segmentId: string;
  documentId: string;
  projectId: string;
  source: string;
  sourceHash: string;
}

export interface TranslationChange {
  text: string;
  status: TranslationStatus;
  origin: TranslationOrigin;
  authorId: string | null;
  reviewComment: string | null;
}

const TRANSLATION_DTO = `
  SELECT t.text, t.status, t.origin, t.version, u.display_name AS "authorName", t.updated_at AS "updatedAt", t.review_comment AS "reviewComment"
    FROM translation t LEFT JOIN "user" u ON u.id = t.author_id`;

@Injectable()
export class TranslationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async segmentContext(segmentId: string): Promise<SegmentContext | null> {
    const rows: SegmentContext[] = await this.db.query(
      `SELECT s.id AS "segmentId", s.document_id AS "documentId", d.project_id AS "projectId", s.source, s.source_hash AS "sourceHash"
         FROM segment s JOIN document d ON d.id = s.document_id WHERE s.id = $1`,
      [segmentId],
    );
    return rows[0] ?? null;
  }

  /** Reads the translation and holds its row until the transaction ends. */
  lockForUpdate(segmentId: string, language: Language, manager: EntityManager): Promise<TranslationEntity | null> {
    return manager.getRepository(TranslationEntity).findOne({ where: { segmentId, language }, lock: { mode: 'pessimistic_write' } });
  }

  /** Inserts version 1; null when another save created the translation first. */
  async insertFirst(segmentId: string, language: Language, change: TranslationChange, manager: EntityManager): Promise<TranslationEntity | null> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO translation (segment_id, language, text, status, origin, version, author_id, review_comment, updated_at)
       VALUES ($1, $2, $3, $4, $5, 1, $6, $7, now())
       ON CONFLICT (segment_id, language) DO NOTHING RETURNING id`,
      [segmentId, language, change.text, change.status, change.origin, change.authorId, change.reviewComment],
    );
    return rows[0] ? manager.getRepository(TranslationEntity).findOneByOrFail({ id: rows[0].id }) : null;
  }

  async update(current: TranslationEntity, change: TranslationChange, manager: EntityManager): Promise<TranslationEntity> {
    const next = { ...change, version: current.version + 1, updatedAt: new Date() };
    await manager.getRepository(TranslationEntity).update({ id: current.id, version: current.version }, next);
    return { ...current, ...next };
  }

  async addRevision(translation: TranslationEntity, authorId: string, comment: string | null, manager: EntityManager): Promise<void> {
    await manager.getRepository(TranslationRevisionEntity).insert({
      translationId: translation.id,
      version: translation.version,
      text: translation.text,
      status: translation.status,
      origin: translation.origin,
      authorId,
      comment,
    });
  }

  async view(segmentId: string, language: Language, manager?: EntityManager): Promise<Translation | null> {
    const rows: Translation[] = await (manager ?? this.db).query(`${TRANSLATION_DTO} WHERE t.segment_id = $1 AND t.language = $2`, [segmentId, language]);
    return rows[0] ? { ...rows[0], updatedAt: new Date(rows[0].updatedAt).toISOString() } : null;
  }

  async revisions(segmentId: string, language: Language): Promise<Revision[]> {
    const rows: Revision[] = await this.db.query(
      `SELECT r.version, r.text, r.status, r.origin, u.display_name AS "authorName", r.created_at AS "createdAt", r.comment
         FROM translation_revision r JOIN translation t ON t.id = r.translation_id LEFT JOIN "user" u ON u.id = r.author_id
        WHERE t.segment_id = $1 AND t.language = $2 ORDER BY r.version DESC`,
      [segmentId, language],
    );
    return rows.map((r) => ({ ...r, createdAt: new Date(r.createdAt).toISOString() }));
  }

}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Language, TranslationStatus } from '@interlinea/shared';

/** A segment of the document with its translation in one edition (null fields: not translated yet). */
export interface EditionTarget {
  segmentId: string;
  index: number;
  source: string;
  text: string | null;
  status: TranslationStatus | null;
  version: number | null;
}

/** What one replace batch changed: each translation's version before and after it. */
export interface ReplaceBatchItem {
  segmentId: string;
  before: number;
  after: number;
}

export interface ReplaceBatch {
  id: string;
  documentId: string;
  language: Language;
  items: ReplaceBatchItem[];
  undoneAt: Date | null;
}

/** Reads for batch edits (the writes of translations belong to the ledger) and the replace batches. */
@Injectable()
export class BatchEditsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The named segments of the document, in document order, with their translation; ids not in the document are missing. */
  targets(documentId: string, language: Language, segmentIds: string[]): Promise<EditionTarget[]> {
    return this.db.query(
      `SELECT s.id AS "segmentId", s.index, s.source, t.text, t.status, t.version
         FROM segment s LEFT JOIN translation t ON t.segment_id = s.id AND t.language = $2
        WHERE s.document_id = $1 AND s.id = ANY($3::uuid[]) ORDER BY s.index`,
      [documentId, language, segmentIds],
    );
  }

  /** The text and status of these revisions (`version` of each segment's translation). */
  async revisions(language: Language, versions: { segmentId: string; version: number }[], manager: EntityManager) {
    const rows: { segmentId: string; version: number; text: string; status: TranslationStatus }[] = await manager.query(
      `SELECT t.segment_id AS "segmentId", r.version, r.text, r.status
         FROM unnest($2::uuid[], $3::int[]) AS v(segment_id, version)
         JOIN translation t ON t.segment_id = v.segment_id AND t.language = $1
         JOIN translation_revision r ON r.translation_id = t.id AND r.version = v.version`,
      [language, versions.map((v) => v.segmentId), versions.map((v) => v.version)],
    );
    return new Map(rows.map((r) => [r.segmentId, r]));
  }

  async saveBatch(
    batch: { documentId: string; language: Language; find: string; replacement: string; authorId: string; items: ReplaceBatchItem[] },
    manager: EntityManager,
  ): Promise<string> {
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO replace_batch (document_id, language, find, replacement, author_id, items) VALUES ($1, $2, $3, $4, $5, $6::jsonb) RETURNING id`,
      [batch.documentId, batch.language, batch.find, batch.replacement, batch.authorId, JSON.stringify(batch.items)],
    );
    return row.id;
  }

  /** The batch, locked until the transaction ends (two undos of one batch do not both run). */
  async lockBatch(batchId: string, manager: EntityManager): Promise<ReplaceBatch | null> {
    const rows: ReplaceBatch[] = await manager.query(
      `SELECT id, document_id AS "documentId", language, items, undone_at AS "undoneAt" FROM replace_batch WHERE id = $1 FOR UPDATE`,
      [batchId],
    );
    return rows[0] ?? null;
  }

  async markUndone(batchId: string, manager: EntityManager): Promise<void> {
    await manager.query('UPDATE replace_batch SET undone_at = now() WHERE id = $1', [batchId]);
  }
}

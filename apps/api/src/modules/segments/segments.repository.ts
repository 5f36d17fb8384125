import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { InlineCode } from '@interlinea/inline-codes';
import type { Language, TranslationStatus } from '@interlinea/shared';

export interface LockedSegment {
  id: string;
  documentId: string;
  projectId: string;
  index: number;
  blockIndex: number;
  source: string;
  codes: InlineCode[];
  spaceBefore: string;
  spaceAfter: string;
}

export interface SegmentTranslation {
  id: string;
  language: Language;
  text: string;
  status: TranslationStatus;
  version: number;
}

export interface SegmentSource {
  source: string;
  codes: InlineCode[];
  sourceHash: string;
  wordCount: number;
  spaceBefore: string;
  spaceAfter: string;
}

const SEGMENT_COLUMNS = `s.id, s.document_id AS "documentId", d.project_id AS "projectId", s.index, s.block_index AS "blockIndex",
  s.source, s.codes, s.space_before AS "spaceBefore", s.space_after AS "spaceAfter"`;

/** Changing a document's segmentation: splitting and merging segments, keeping indexes dense. */
@Injectable()
export class SegmentsRepository {
  async findSegment(segmentId: string, manager: EntityManager): Promise<LockedSegment | null> {
    const rows: LockedSegment[] = await manager.query(`SELECT ${SEGMENT_COLUMNS} FROM segment s JOIN document d ON d.id = s.document_id WHERE s.id = $1`, [
      segmentId,
    ]);
    return rows[0] ?? null;
  }

  /** Locks the document row: one segmentation change at a time per document. */
  async lockDocument(documentId: string, manager: EntityManager): Promise<void> {
    await manager.query('SELECT id FROM document WHERE id = $1 FOR UPDATE', [documentId]);
  }

  async findByIndex(documentId: string, index: number, manager: EntityManager): Promise<LockedSegment | null> {
    const rows: LockedSegment[] = await manager.query(
      `SELECT ${SEGMENT_COLUMNS} FROM segment s JOIN document d ON d.id = s.document_id WHERE s.document_id = $1 AND s.index = $2`,
      [documentId, index],
    );
    return rows[0] ?? null;
  }

  translationsOf(segmentId: string, manager: EntityManager): Promise<SegmentTranslation[]> {
    return manager.query('SELECT id, language, text, status, version FROM translation WHERE segment_id = $1 FOR UPDATE', [segmentId]);
  }

  /** Moves every segment after `index` by `delta` (±1), in two steps so the unique index never clashes. */
  async shiftAfter(documentId: string, index: number, delta: 1 | -1, manager: EntityManager): Promise<void> {
    await manager.query('UPDATE segment SET index = -(index + $3) - 1 WHERE document_id = $1 AND index > $2', [documentId, index, delta]);
    await manager.query('UPDATE segment SET index = -index - 1 WHERE document_id = $1 AND index < 0', [documentId]);
    await manager.query('UPDATE document SET segment_count = segment_count + $2 WHERE id = $1', [documentId, delta]);
  }

  async updateSource(segmentId: string, source: SegmentSource, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE segment SET source = $2, codes = $3, source_hash = $4, word_count = $5, space_before = $6, space_after = $7 WHERE id = $1`, [
      segmentId,
      source.source,
      JSON.stringify(source.codes),
      source.sourceHash,
      source.wordCount,
      source.spaceBefore,
      source.spaceAfter,
    ]);
  }

  async insertSegment(documentId: string, index: number, blockIndex: number, source: SegmentSource, manager: EntityManager): Promise<string> {
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO segment (document_id, index, block_index, source, codes, source_hash, word_count, space_before, space_after)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [documentId, index, blockIndex, source.source, JSON.stringify(source.codes), source.sourceHash, source.wordCount, source.spaceBefore, source.spaceAfter],
    );
    return row.id;
  }

  async deleteSegment(segmentId: string, manager: EntityManager): Promise<void> {
    await manager.query('DELETE FROM segment WHERE id = $1', [segmentId]);
  }
}

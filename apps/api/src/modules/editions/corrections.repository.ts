import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { StoredSkeleton } from '../documents/document-import';
import type { NewSegment } from '../documents/documents.repository';
import type { OldSegment } from './correction-matching';

type Queryable = Pick<EntityManager, 'query'>;

/** A corrected original, stored when previewed so that the very same file is applied. */
export interface StoredCorrection {
  id: string;
  documentId: string;
  /** The name as the browser sent it (decoded again when read). */
  fileName: string;
  original: Buffer;
  appliedAt: Date | null;
}

/** An old segment kept for a segment of the corrected original: its new place and, if it changed, its new text. */
export interface KeptSegment {
  id: string;
  segment: NewSegment;
  /** The text changed: the source version goes up and both texts are kept as revisions. */
  changed: boolean;
}

/** Corrections of a document's original: the stored uploads, and the rewrite of its segments in the caller's transaction. */
@Injectable()
export class CorrectionsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async store(documentId: string, fileName: string, original: Buffer, userId: string): Promise<string> {
    const [row]: { id: string }[] = await this.db.query(
      `INSERT INTO document_correction (document_id, file_name, original, created_by) VALUES ($1, $2, $3, $4) RETURNING id`,
      [documentId, fileName, original, userId],
    );
    return row.id;
  }

  async find(id: string, manager: Queryable = this.db): Promise<StoredCorrection | null> {
    const rows: StoredCorrection[] = await manager.query(
      `SELECT id, document_id AS "documentId", file_name AS "fileName", original, applied_at AS "appliedAt" FROM document_correction WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** Locks the document (one correction or segmentation change at a time) and reads its segments in order. */
  async lockSegments(documentId: string, manager: Queryable): Promise<OldSegment[]> {
    await manager.query('SELECT id FROM document WHERE id = $1 FOR UPDATE', [documentId]);
    return this.segments(documentId, manager);
  }

  segments(documentId: string, manager: Queryable = this.db): Promise<OldSegment[]> {
    return manager.query('SELECT id, index, source FROM segment WHERE document_id = $1 ORDER BY index', [documentId]);
  }

  /**
   * Rewrites the document's segments as the corrected original has them: kept segments move to their
   * new place (their translations stay; a changed text raises the source version and is kept as a
   * revision), new ones are inserted, removed ones deleted; the document takes the new file and skeleton.
   */
  async rewrite(
    documentId: string,
    change: { kept: KeptSegment[]; added: NewSegment[]; removed: string[]; original: Buffer; skeleton: StoredSkeleton; authorId: string },
    manager: Queryable,
  ): Promise<void> {
    const { kept, added, removed } = change;
    await manager.query('UPDATE segment SET index = -index - 1 WHERE document_id = $1', [documentId]);
    if (removed.length > 0) await manager.query('DELETE FROM segment WHERE id = ANY($1::uuid[])', [removed]);
    const changed = kept.filter((k) => k.changed);
    if (changed.length > 0) {
      await manager.query(
        `INSERT INTO segment_source_revision (segment_id, version, text, author_id)
         SELECT s.id, s.source_version, s.source, NULL FROM segment s WHERE s.id = ANY($1::uuid[])
         ON CONFLICT (segment_id, version) DO NOTHING`,
        [changed.map((k) => k.id)],
      );
    }
    if (kept.length > 0) {
      const column = <T>(pick: (k: KeptSegment) => T) => kept.map(pick);
      await manager.query(
        `UPDATE segment s SET index = k.index, block_index = k.block_index, source = k.source, codes = k.codes::jsonb, source_hash = k.source_hash,
                word_count = k.word_count, space_before = k.space_before, space_after = k.space_after,
                source_version = s.source_version + CASE WHEN k.changed THEN 1 ELSE 0 END
           FROM unnest($1::uuid[], $2::int[], $3::int[], $4::text[], $5::text[], $6::text[], $7::int[], $8::text[], $9::text[], $10::boolean[])
             AS k(id, index, block_index, source, codes, source_hash, word_count, space_before, space_after, changed)
          WHERE s.id = k.id`,
        [
          column((k) => k.id),
          column((k) => k.segment.index),
          column((k) => k.segment.blockIndex),
          column((k) => k.segment.source),
          column((k) => JSON.stringify(k.segment.codes)),
          column((k) => k.segment.sourceHash),
          column((k) => k.segment.wordCount),
          column((k) => k.segment.spaceBefore),
          column((k) => k.segment.spaceAfter),
          column((k) => k.changed),
        ],
      );
    }
    if (changed.length > 0) {
      await manager.query(
        `INSERT INTO segment_source_revision (segment_id, version, text, author_id)
         SELECT s.id, s.source_version, s.source, $2 FROM segment s WHERE s.id = ANY($1::uuid[])
         ON CONFLICT (segment_id, version) DO NOTHING`,
        [changed.map((k) => k.id), change.authorId],
      );
    }
    if (added.length > 0) {
      const column = <T>(pick: (s: NewSegment) => T) => added.map(pick);
      await manager.query(
        `INSERT INTO segment (document_id, index, block_index, source, codes, source_hash, word_count, space_before, space_after, translatable)
         SELECT $1, a.* FROM unnest($2::int[], $3::int[], $4::text[], $5::jsonb[], $6::text[], $7::int[], $8::text[], $9::text[], $10::boolean[]) AS a`,
        [
          documentId,
          column((s) => s.index),
          column((s) => s.blockIndex),
          column((s) => s.source),
          column((s) => JSON.stringify(s.codes)),
          column((s) => s.sourceHash),
          column((s) => s.wordCount),
          column((s) => s.spaceBefore),
          column((s) => s.spaceAfter),
          column((s) => s.translatable),
        ],
      );
    }
    await manager.query(
      `UPDATE document d SET original = $2, skeleton = $3::jsonb,
              segment_count = (SELECT count(*)::int FROM segment s WHERE s.document_id = d.id),
              word_count = (SELECT coalesce(sum(s.word_count), 0)::int FROM segment s WHERE s.document_id = d.id AND s.translatable)
        WHERE d.id = $1`,
      [documentId, change.original, JSON.stringify(change.skeleton)],
    );
  }

  async markApplied(id: string, manager: Queryable): Promise<void> {
    await manager.query('UPDATE document_correction SET applied_at = now() WHERE id = $1', [id]);
  }

  /** Corrections applied to the document since a moment (for the errata list). */
  async appliedSince(documentId: string, since: Date | null): Promise<number> {
    const [row]: { count: number }[] = await this.db.query(
      `SELECT count(*)::int AS count FROM document_correction WHERE document_id = $1 AND applied_at IS NOT NULL AND ($2::timestamptz IS NULL OR applied_at > $2)`,
      [documentId, since],
    );
    return row.count;
  }
}

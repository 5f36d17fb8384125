import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { InlineCode } from '@interlinea/inline-codes';
import type { Language, SegmentRow, TranslationStatus } from '@interlinea/shared';
import { DocumentEntity } from './entities/document.entity';
import { SegmentEntity } from './entities/segment.entity';
import type { StoredSkeleton } from './document-import';
import { PIVOT_OF_T, T_IS_OUTDATED } from '../editions/outdated.sql';

export type NewSegment = Omit<SegmentEntity, 'id' | 'documentId'>;

/** A translation a bilingual file brings along, for the segment at `segmentIndex`. */
export interface ImportedTranslation {
  segmentIndex: number;
  text: string;
  status: TranslationStatus;
}

/** A segment with the text of one edition, for export. */
export interface EditionSegment {
  id: string;
  index: number;
  blockIndex: number;
  source: string;
  spaceBefore: string;
  spaceAfter: string;
  codes: InlineCode[];
  text: string | null;
  status: TranslationStatus | null;
  /** False for site furniture: written as its source, or left out, never translated. */
  translatable: boolean;
}

const INSERT_CHUNK = 1000;

/** A row of the editor's grid: the segment with one edition's translation; `$2` is the language. */
/** The grid's rows over `segments` (a table or a subquery of segments, aliased `s`). */
const segmentRows = (segments: string) => `SELECT s.id, s.index, s.block_index AS "blockIndex", s.source, s.word_count AS "wordCount", s.translatable,
  s.source_version AS "sourceVersion", ${T_IS_OUTDATED} AS outdated,
  CASE WHEN t.id IS NULL THEN NULL ELSE json_build_object(
    'text', t.text, 'status', t.status, 'origin', t.origin, 'version', t.version,
    'authorName', u.display_name, 'updatedAt', t.updated_at, 'reviewComment', t.review_comment, 'score', t.score,
    'reviewerName', rv.name, 'reviewedAt', rv.created_at, 'fromLanguage', t.from_language, 'fromVersion', t.from_version) END AS translation,
  (SELECT coalesce(json_agg(json_build_object('id', c->'id', 'kind', c->'kind', 'title', c->'title')), '[]'::json)
     FROM jsonb_array_elements(s.codes) c) AS codes,
  (SELECT count(*)::int FROM segment_comment sc
    WHERE sc.segment_id = s.id AND sc.parent_id IS NULL AND sc.resolved_at IS NULL AND (sc.language IS NULL OR sc.language = $2)) AS "openComments"
   FROM ${segments} s
   LEFT JOIN translation t ON t.segment_id = s.id AND t.language = $2
   ${PIVOT_OF_T}
   LEFT JOIN "user" u ON u.id = t.author_id
   LEFT JOIN LATERAL (
     -- who approved or rejected the text as it stands, and when
     SELECT ru.display_name AS name, r.created_at FROM translation_revision r LEFT JOIN "user" ru ON ru.id = r.author_id
      WHERE r.translation_id = t.id AND r.status = t.status AND r.kind IN ('reviewed', 'batch-approved', 'reverted')
      ORDER BY r.version DESC LIMIT 1) rv ON t.status IN ('approved', 'rejected')`;
const SEGMENT_ROW = segmentRows('segment');
/** One page of the grid: the page's segments are chosen first, so only they are joined and checked. */
const SEGMENT_PAGE = segmentRows('(SELECT * FROM segment WHERE document_id = $1 ORDER BY index OFFSET $3 LIMIT $4)');

@Injectable()
export class DocumentsRepository {
  constructor(@InjectRepository(DocumentEntity) private readonly documents: Repository<DocumentEntity>) {}

  /** Stores a document and all its segments; the caller's transaction makes it all-or-nothing. */
  async createWithSegments(document: Omit<DocumentEntity, 'id' | 'createdAt'>, segments: NewSegment[], manager: EntityManager): Promise<DocumentEntity> {
    const saved = await manager.getRepository(DocumentEntity).save(manager.getRepository(DocumentEntity).create(document));
    for (let i = 0; i < segments.length; i += INSERT_CHUNK) {
      const chunk = segments.slice(i, i + INSERT_CHUNK).map((s) => ({ ...s, documentId: saved.id }));
      await manager.createQueryBuilder().insert().into(SegmentEntity).values(chunk).execute();
    }
    return saved;
  }

  /** The ids of the document's segments at these indexes. */
  async segmentIdsAt(documentId: string, indexes: number[], manager: EntityManager): Promise<Map<number, string>> {
    const rows: { id: string; index: number }[] = await manager.query('SELECT id, index FROM segment WHERE document_id = $1 AND index = ANY($2::int[])', [
      documentId,
      indexes,
    ]);
    return new Map(rows.map((r) => [r.index, r.id]));
  }

  async segmentIds(documentId: string): Promise<Set<string>> {
    const rows: { id: string }[] = await this.documents.query('SELECT id FROM segment WHERE document_id = $1', [documentId]);
    return new Set(rows.map((r) => r.id));
  }

  findById(id: string): Promise<DocumentEntity | null> {
    return this.documents.findOneBy({ id });
  }

  listByProject(projectId: string): Promise<DocumentEntity[]> {
    return this.documents.find({ where: { projectId }, order: { createdAt: 'ASC' } });
  }

  async findSkeleton(id: string): Promise<StoredSkeleton> {
    const row = await this.documents
      .createQueryBuilder('d')
      .select('d.skeleton', 'skeleton')
      .where('d.id = :id', { id })
      .getRawOne<{ skeleton: StoredSkeleton }>();
    if (!row) throw new Error(`document ${id} has no skeleton`);
    return row.skeleton;
  }

  /** The uploaded file, for exports that take its unchanged files (images of a DOCX or ODT) as they were. */
  async findOriginal(id: string): Promise<Uint8Array> {
    const row = await this.documents.createQueryBuilder('d').select('d.original', 'original').where('d.id = :id', { id }).getRawOne<{ original: Buffer }>();
    if (!row) throw new Error(`document ${id} has no original`);
    return new Uint8Array(row.original.buffer, row.original.byteOffset, row.original.byteLength);
  }

  /** The editor's grid: the document's segments with that language's translation, all or one page of them. */
  segmentsWithTranslations(documentId: string, language: Language, page?: { offset: number; limit: number | null }): Promise<SegmentRow[]> {
    if (!page) return this.documents.query(`${SEGMENT_ROW} WHERE s.document_id = $1 ORDER BY s.index`, [documentId, language]);
    return this.documents.query(`${SEGMENT_PAGE} ORDER BY s.index`, [documentId, language, page.offset, page.limit]);
  }

  async segmentCount(documentId: string): Promise<number> {
    const rows: { count: number }[] = await this.documents.query('SELECT count(*)::int AS count FROM segment WHERE document_id = $1', [documentId]);
    return rows[0]?.count ?? 0;
  }

  /** `count` rows of the grid from a segment on (after a split or merge), reading only those rows. */
  segmentRowsFrom(documentId: string, segmentId: string, language: Language, count: number): Promise<SegmentRow[]> {
    return this.documents.query(`${SEGMENT_ROW} WHERE s.document_id = $1 AND s.index >= (SELECT index FROM segment WHERE id = $3) ORDER BY s.index LIMIT $4`, [
      documentId,
      language,
      segmentId,
      count,
    ]);
  }

  /**
   * Marks a segment as (not) for translation and keeps its document's word count (translatable words
   * only) in step. Null when there is no such segment.
   */
  async setTranslatable(segmentId: string, translatable: boolean): Promise<{ id: string; translatable: boolean; wordCount: number } | null> {
    const rows: { id: string; translatable: boolean; wordCount: number }[] = await this.documents.query(
      `WITH changed AS (
         UPDATE segment SET translatable = $2 WHERE id = $1 RETURNING id, document_id, translatable, word_count
       ), counted AS (
         UPDATE document d SET word_count = (
           SELECT coalesce(sum(s.word_count), 0)::int FROM segment s
            WHERE s.document_id = d.id AND (CASE WHEN s.id = $1 THEN $2 ELSE s.translatable END))
          WHERE d.id = (SELECT document_id FROM changed)
       )
       SELECT id, translatable, word_count AS "wordCount" FROM changed`,
      [segmentId, translatable],
    );
    return rows[0] ?? null;
  }

  editionSegments(documentId: string, language: Language): Promise<EditionSegment[]> {
    return this.documents.query(
      `SELECT s.id, s.index, s.block_index AS "blockIndex", s.source, s.space_before AS "spaceBefore", s.space_after AS "spaceAfter",
              s.codes, t.text, t.status, s.translatable
         FROM segment s LEFT JOIN translation t ON t.segment_id = s.id AND t.language = $2
        WHERE s.document_id = $1 ORDER BY s.index`,
      [documentId, language],
    );
  }
}

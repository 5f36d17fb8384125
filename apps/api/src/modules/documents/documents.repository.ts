import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { InlineCode } from '@interlinea/inline-codes';
import type { Language, SegmentRow, TranslationStatus } from '@interlinea/shared';
import { DocumentEntity } from './entities/document.entity';
import { SegmentEntity } from './entities/segment.entity';
import type { StoredSkeleton } from './document-import';

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
}

const INSERT_CHUNK = 1000;

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

  /** Stores the translations a bilingual file brought, each as version 1 with its first revision; returns their segments. */
  async insertImportedTranslations(documentId: string, language: Language, authorId: string, translations: ImportedTranslation[], manager: EntityManager): Promise<string[]> {
    if (translations.length === 0) return [];
    const rows: { id: string }[] = await manager.query(
      `WITH incoming AS (
         SELECT * FROM unnest($3::int[], $4::text[], $5::text[]) AS i(segment_index, text, status)
       ), inserted AS (
         INSERT INTO translation (segment_id, language, text, status, origin, version, author_id, updated_at)
         SELECT s.id, $2, i.text, i.status, 'human', 1, $6, now()
           FROM incoming i JOIN segment s ON s.document_id = $1 AND s.index = i.segment_index
         RETURNING id, text, status, segment_id
       ), revisions AS (
         INSERT INTO translation_revision (translation_id, version, text, status, origin, author_id, comment)
         SELECT id, 1, text, status, 'human', $6, 'imported from XLIFF' FROM inserted
       )
       SELECT segment_id AS id FROM inserted`,
      [documentId, language, translations.map((t) => t.segmentIndex), translations.map((t) => t.text), translations.map((t) => t.status), authorId],
    );
    return rows.map((r) => r.id);
  }

  /**
   * A re-imported bilingual file's targets: new or changed texts become a new version with a revision;
   * identical ones are left alone. Returns the segments whose translation changed.
   */
  async applyFileTranslations(documentId: string, language: Language, authorId: string, rows: { segmentId: string; text: string; status: TranslationStatus }[], manager: EntityManager): Promise<string[]> {
    if (rows.length === 0) return [];
    const changed: { id: string }[] = await manager.query(
      `WITH incoming AS (
         SELECT i.* FROM unnest($3::uuid[], $4::text[], $5::text[]) AS i(segment_id, text, status)
           JOIN segment s ON s.id = i.segment_id AND s.document_id = $1
       ), written AS (
         INSERT INTO translation (segment_id, language, text, status, origin, version, author_id, updated_at)
         SELECT segment_id, $2, text, status, 'human', 1, $6, now() FROM incoming
         ON CONFLICT (segment_id, language) DO UPDATE
           SET text = EXCLUDED.text, status = EXCLUDED.status, origin = 'human', version = translation.version + 1,
               author_id = EXCLUDED.author_id, updated_at = now(), review_comment = NULL
           WHERE (translation.text, translation.status) IS DISTINCT FROM (EXCLUDED.text, EXCLUDED.status)
         RETURNING id, version, text, status, segment_id
       ), revisions AS (
         INSERT INTO translation_revision (translation_id, version, text, status, origin, author_id, comment)
         SELECT id, version, text, status, 'human', $6, 'imported from XLIFF' FROM written
       )
       SELECT segment_id AS id FROM written`,
      [documentId, language, rows.map((r) => r.segmentId), rows.map((r) => r.text), rows.map((r) => r.status), authorId],
    );
    return changed.map((c) => c.id);
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
    const row = await this.documents.createQueryBuilder('d').select('d.skeleton', 'skeleton').where('d.id = :id', { id }).getRawOne<{ skeleton: StoredSkeleton }>();
    if (!row) throw new Error(`document ${id} has no skeleton`);
    return row.skeleton;
  }

  /** The editor's grid: every segment of the document with that language's translation. */
  segmentsWithTranslations(documentId: string, language: Language): Promise<SegmentRow[]> {
    return this.documents.query(
      `SELECT s.id, s.index, s.block_index AS "blockIndex", s.source, s.word_count AS "wordCount",
              CASE WHEN t.id IS NULL THEN NULL ELSE json_build_object(
                'text', t.text, 'status', t.status, 'origin', t.origin, 'version', t.version,
                'authorName', u.display_name, 'updatedAt', t.updated_at, 'reviewComment', t.review_comment) END AS translation,
              (SELECT coalesce(json_agg(json_build_object('id', c->'id', 'kind', c->'kind', 'title', c->'title')), '[]'::json)
                 FROM jsonb_array_elements(s.codes) c) AS codes
         FROM segment s
         LEFT JOIN translation t ON t.segment_id = s.id AND t.language = $2
         LEFT JOIN "user" u ON u.id = t.author_id
        WHERE s.document_id = $1
        ORDER BY s.index`,
      [documentId, language],
    );
  }

  editionSegments(documentId: string, language: Language): Promise<EditionSegment[]> {
    return this.documents.query(
      `SELECT s.id, s.index, s.block_index AS "blockIndex", s.source, s.space_before AS "spaceBefore", s.space_after AS "spaceAfter",
              s.codes, t.text, t.status
         FROM segment s LEFT JOIN translation t ON t.segment_id = s.id AND t.language = $2
        WHERE s.document_id = $1 ORDER BY s.index`,
      [documentId, language],
    );
  }
}

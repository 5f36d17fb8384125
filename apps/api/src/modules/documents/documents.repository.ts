import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { Language, SegmentRow, TranslationStatus } from '@interlinea/shared';
import { DocumentEntity } from './entities/document.entity';
import { SegmentEntity } from './entities/segment.entity';

export type NewSegment = Omit<SegmentEntity, 'id' | 'documentId' | 'codes'>;

/** A segment with the text of one edition, for export. */
export interface EditionSegment {
  id: string;
  index: number;
  blockIndex: number;
  source: string;
  spaceBefore: string;
  spaceAfter: string;
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

  findById(id: string): Promise<DocumentEntity | null> {
    return this.documents.findOneBy({ id });
  }

  listByProject(projectId: string): Promise<DocumentEntity[]> {
    return this.documents.find({ where: { projectId }, order: { createdAt: 'ASC' } });
  }

  async findSkeleton(id: string): Promise<DocumentEntity['skeleton']> {
    const row = await this.documents.createQueryBuilder('d').select('d.skeleton', 'skeleton').where('d.id = :id', { id }).getRawOne<{ skeleton: DocumentEntity['skeleton'] }>();
    if (!row) throw new Error(`document ${id} has no skeleton`);
    return row.skeleton;
  }

  /** The editor's grid: every segment of the document with that language's translation. */
  segmentsWithTranslations(documentId: string, language: Language): Promise<SegmentRow[]> {
    return this.documents.query(
      `SELECT s.id, s.index, s.block_index AS "blockIndex", s.source, s.word_count AS "wordCount",
              CASE WHEN t.id IS NULL THEN NULL ELSE json_build_object(
                'text', t.text, 'status', t.status, 'origin', t.origin, 'version', t.version,
                'authorName', u.display_name, 'updatedAt', t.updated_at, 'reviewComment', t.review_comment) END AS translation
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
              t.text, t.status
         FROM segment s LEFT JOIN translation t ON t.segment_id = s.id AND t.language = $2
        WHERE s.document_id = $1 ORDER BY s.index`,
      [documentId, language],
    );
  }
}

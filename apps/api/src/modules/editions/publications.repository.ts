import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Language, Publication } from '@interlinea/shared';
import type { EditionSegment } from '../documents/documents.repository';
import { PIVOT_OF_T, T_IS_OUTDATED } from './outdated.sql';

type Queryable = Pick<EntityManager, 'query'>;

/** A file of a publication, rendered when it was published. */
export interface PublicationFile {
  format: string;
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
}

/** A segment of the edition as it stands, with whether its translation is outdated. */
export type CurrentSegment = EditionSegment & { outdated: boolean };

export interface StoredPublication extends Publication {
  segments?: EditionSegment[];
}

const PUBLICATION = `p.id, p.document_id AS "documentId", p.language, p.number, p.created_at AS "createdAt", p.author_name AS "authorName",
  jsonb_array_length(p.segments) AS "segmentCount",
  (SELECT count(*)::int FROM jsonb_array_elements(p.segments) e WHERE coalesce(e->>'text', '') <> '') AS "translatedCount",
  (SELECT coalesce(array_agg(f.format ORDER BY f.format), '{}') FROM publication_file f WHERE f.publication_id = p.id) AS formats`;

/** Publications: immutable snapshots of an edition's texts and the files rendered from them. Nothing here updates one. */
@Injectable()
export class PublicationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The edition as it stands, with outdated flags (the segments of a new publication, or the "now" of a diff). */
  current(documentId: string, language: Language, manager: Queryable = this.db): Promise<CurrentSegment[]> {
    return manager.query(
      `SELECT s.id, s.index, s.block_index AS "blockIndex", s.source, s.space_before AS "spaceBefore", s.space_after AS "spaceAfter",
              s.codes, t.text, t.status, s.translatable, ${T_IS_OUTDATED} AS outdated
         FROM segment s LEFT JOIN translation t ON t.segment_id = s.id AND t.language = $2 ${PIVOT_OF_T}
        WHERE s.document_id = $1 ORDER BY s.index`,
      [documentId, language],
    );
  }

  /** Stores a publication with the next number of its document and edition, and its files; the document row is locked meanwhile. */
  async create(
    publication: { documentId: string; language: Language; userId: string; authorName: string; segments: EditionSegment[]; files: PublicationFile[] },
    manager: Queryable,
  ): Promise<string> {
    await manager.query('SELECT id FROM document WHERE id = $1 FOR UPDATE', [publication.documentId]);
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO publication (document_id, language, number, created_by, author_name, segments)
       SELECT $1, $2, coalesce(max(number), 0) + 1, $3, $4, $5::jsonb FROM publication WHERE document_id = $1 AND language = $2
       RETURNING id`,
      [publication.documentId, publication.language, publication.userId, publication.authorName, JSON.stringify(publication.segments)],
    );
    for (const file of publication.files) {
      await manager.query(`INSERT INTO publication_file (publication_id, format, file_name, content_type, bytes) VALUES ($1, $2, $3, $4, $5)`, [
        row.id,
        file.format,
        file.fileName,
        file.contentType,
        Buffer.from(file.bytes),
      ]);
    }
    return row.id;
  }

  async list(documentId: string, language?: Language): Promise<Publication[]> {
    const rows: Publication[] = await this.db.query(
      `SELECT ${PUBLICATION} FROM publication p WHERE p.document_id = $1 AND ($2::text IS NULL OR p.language = $2)
        ORDER BY array_position(ARRAY['ru','en','de'], p.language), p.number DESC`,
      [documentId, language ?? null],
    );
    return rows.map(dated);
  }

  async find(id: string, withSegments = false): Promise<StoredPublication | null> {
    const rows: StoredPublication[] = await this.db.query(`SELECT ${PUBLICATION}${withSegments ? ', p.segments' : ''} FROM publication p WHERE p.id = $1`, [
      id,
    ]);
    return rows[0] ? dated(rows[0]) : null;
  }

  async latest(documentId: string, language: Language): Promise<StoredPublication | null> {
    const rows: StoredPublication[] = await this.db.query(
      `SELECT ${PUBLICATION}, p.segments FROM publication p WHERE p.document_id = $1 AND p.language = $2 ORDER BY p.number DESC LIMIT 1`,
      [documentId, language],
    );
    return rows[0] ? dated(rows[0]) : null;
  }

  async file(publicationId: string, format: string): Promise<PublicationFile | null> {
    const rows: { format: string; fileName: string; contentType: string; bytes: Buffer }[] = await this.db.query(
      `SELECT format, file_name AS "fileName", content_type AS "contentType", bytes FROM publication_file WHERE publication_id = $1 AND format = $2`,
      [publicationId, format],
    );
    const row = rows[0];
    return row ? { ...row, bytes: new Uint8Array(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength) } : null;
  }
}

function dated<T extends Publication>(row: T): T {
  return { ...row, createdAt: new Date(row.createdAt).toISOString() };
}

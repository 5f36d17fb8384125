import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { prepared } from '../../database/prepared-statement';
import type { DocumentFormat, Language, MyRole } from '@interlinea/shared';

/** The project a request works in, with the person's roles there. */
export interface ProjectScope {
  id: string;
  sourceLanguage: Language;
  /** The project's target languages (its editions). */
  languages: Language[];
  propagateRepetitions: boolean;
}

export interface DocumentScope {
  id: string;
  projectId: string;
  title: string;
  format: DocumentFormat;
  fileName: string;
  segmentCount: number;
}

export interface SegmentScope {
  id: string;
  documentId: string;
  index: number;
  blockIndex: number;
  source: string;
  sourceHash: string;
  /** False for site furniture, which is not translated. */
  translatable: boolean;
}

export interface ScopeRow {
  project: ProjectScope;
  document: DocumentScope;
  segment: SegmentScope | null;
  roles: MyRole[];
}

const PROJECT_AND_ROLES = `
  json_build_object('id', p.id, 'sourceLanguage', p.source_language, 'propagateRepetitions', p.propagate_repetitions,
    'languages', (SELECT coalesce(json_agg(pl.language ORDER BY pl.language), '[]') FROM project_language pl WHERE pl.project_id = p.id)) AS project,
  json_build_object('id', d.id, 'projectId', d.project_id, 'title', d.title, 'format', d.format, 'fileName', d.file_name, 'segmentCount', d.segment_count) AS document,
  (SELECT coalesce(json_agg(json_build_object('projectId', m.project_id, 'role', m.role, 'language', m.language) ORDER BY m.created_at), '[]')
     FROM membership m WHERE m.project_id = p.id AND m.user_id = $2) AS roles`;

/** One query resolves where a request works and what the person may do there. */
@Injectable()
export class ScopeRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async ofSegment(segmentId: string, userId: string): Promise<ScopeRow | null> {
    const rows: ScopeRow[] = await this.db.query(
      prepared(
        'scope-of-segment',
        `SELECT json_build_object('id', s.id, 'documentId', s.document_id, 'index', s.index, 'blockIndex', s.block_index, 'source', s.source, 'sourceHash', s.source_hash, 'translatable', s.translatable) AS segment,
              ${PROJECT_AND_ROLES}
         FROM segment s JOIN document d ON d.id = s.document_id JOIN project p ON p.id = d.project_id WHERE s.id = $1`,
      ),
      [segmentId, userId],
    );
    return rows[0] ?? null;
  }

  async ofDocument(documentId: string, userId: string): Promise<ScopeRow | null> {
    const rows: ScopeRow[] = await this.db.query(
      prepared('scope-of-document', `SELECT NULL AS segment, ${PROJECT_AND_ROLES} FROM document d JOIN project p ON p.id = d.project_id WHERE d.id = $1`),
      [documentId, userId],
    );
    return rows[0] ?? null;
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ExportOverride, Language, QaCheckCode, QaIgnore } from '@interlinea/shared';

/** A segment of a document with one edition's translation (null when nobody translated it yet). */
export interface QaSegmentRow {
  segmentId: string;
  index: number;
  source: string;
  text: string | null;
}

/** A translated segment of the project's edition, for the consistency check. */
export interface QaProjectRow {
  segmentId: string;
  source: string;
  text: string;
}

export interface QaGlossaryRow {
  sourceTerm: string;
  targetTerm: string;
  forbidden: string[];
}

const IGNORE_COLUMNS = `i.segment_id AS "segmentId", i.language, i.code, u.display_name AS "ignoredBy", i.ignored_at AS "ignoredAt"`;

/** QA's reads and writes: an edition's texts, the glossary of a pair, ignores, settings and export overrides. */
@Injectable()
export class QaRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The segments QA looks at: site furniture (not for translation) is left out. */
  editionSegments(documentId: string, language: Language): Promise<QaSegmentRow[]> {
    return this.db.query(
      `SELECT s.id AS "segmentId", s.index, s.source, t.text
         FROM segment s LEFT JOIN translation t ON t.segment_id = s.id AND t.language = $2
        WHERE s.document_id = $1 AND s.translatable ORDER BY s.index`,
      [documentId, language],
    );
  }

  /** Every translated segment of the project's edition (all documents), for INCONSISTENT. */
  projectTranslations(projectId: string, language: Language): Promise<QaProjectRow[]> {
    return this.db.query(
      `SELECT s.id AS "segmentId", s.source, t.text
         FROM translation t JOIN segment s ON s.id = t.segment_id JOIN document d ON d.id = s.document_id
        WHERE d.project_id = $1 AND t.language = $2 AND t.text <> '' AND s.translatable`,
      [projectId, language],
    );
  }

  glossary(projectId: string, source: Language, target: Language): Promise<QaGlossaryRow[]> {
    return this.db.query(
      `SELECT source_term AS "sourceTerm", target_term AS "targetTerm", forbidden
         FROM glossary_term WHERE project_id = $1 AND source_language = $2 AND target_language = $3`,
      [projectId, source, target],
    );
  }

  ignores(documentId: string, language: Language): Promise<QaIgnore[]> {
    return this.db.query(
      `SELECT ${IGNORE_COLUMNS}
         FROM qa_ignore i JOIN segment s ON s.id = i.segment_id LEFT JOIN "user" u ON u.id = i.ignored_by
        WHERE s.document_id = $1 AND i.language = $2`,
      [documentId, language],
    );
  }

  /** Marks a check ignored for the segment's edition; marking it again keeps the first who and when. */
  async ignore(segmentId: string, language: Language, code: QaCheckCode, userId: string): Promise<QaIgnore> {
    await this.db.query(
      `INSERT INTO qa_ignore (segment_id, language, code, ignored_by) VALUES ($1, $2, $3, $4) ON CONFLICT (segment_id, language, code) DO NOTHING`,
      [segmentId, language, code, userId],
    );
    const rows: QaIgnore[] = await this.db.query(
      `SELECT ${IGNORE_COLUMNS} FROM qa_ignore i LEFT JOIN "user" u ON u.id = i.ignored_by
        WHERE i.segment_id = $1 AND i.language = $2 AND i.code = $3`,
      [segmentId, language, code],
    );
    return rows[0];
  }

  async unignore(segmentId: string, language: Language, code: QaCheckCode): Promise<void> {
    await this.db.query(`DELETE FROM qa_ignore WHERE segment_id = $1 AND language = $2 AND code = $3`, [segmentId, language, code]);
  }

  async disabledChecks(projectId: string): Promise<QaCheckCode[]> {
    const rows: { disabled: QaCheckCode[] }[] = await this.db.query(`SELECT disabled FROM qa_settings WHERE project_id = $1`, [projectId]);
    return rows[0]?.disabled ?? [];
  }

  async setDisabledChecks(projectId: string, disabled: QaCheckCode[], userId: string): Promise<void> {
    await this.db.query(
      `INSERT INTO qa_settings (project_id, disabled, updated_by) VALUES ($1, $2, $3)
       ON CONFLICT (project_id) DO UPDATE SET disabled = EXCLUDED.disabled, updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [projectId, disabled, userId],
    );
  }

  async recordExportOverride(documentId: string, language: Language, userId: string, errors: number): Promise<void> {
    await this.db.query(`INSERT INTO export_override (document_id, language, user_id, qa_errors) VALUES ($1, $2, $3, $4)`, [
      documentId,
      language,
      userId,
      errors,
    ]);
  }

  exportOverrides(documentId: string): Promise<ExportOverride[]> {
    return this.db.query(
      `SELECT o.language, u.display_name AS "userName", o.qa_errors AS errors, o.created_at AS "createdAt"
         FROM export_override o LEFT JOIN "user" u ON u.id = o.user_id
        WHERE o.document_id = $1 ORDER BY o.created_at DESC, o.id DESC`,
      [documentId],
    );
  }
}

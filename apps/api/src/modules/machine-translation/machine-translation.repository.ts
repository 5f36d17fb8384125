import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Formality, Language, ProjectLanguageSettings } from '@interlinea/shared';

/** A segment with what MT needs around it: its project, the source language and the neighbouring sources. */
export interface MtSegment {
  segmentId: string;
  documentId: string;
  projectId: string;
  sourceLanguage: Language;
  source: string;
  previous: string | null;
  next: string | null;
}

export interface DeeplGlossaryRow {
  glossaryId: string;
  entriesHash: string;
}

@Injectable()
export class MachineTranslationRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async segment(segmentId: string): Promise<MtSegment | null> {
    const rows: MtSegment[] = await this.db.query(
      `SELECT s.id AS "segmentId", s.document_id AS "documentId", d.project_id AS "projectId", p.source_language AS "sourceLanguage", s.source,
              (SELECT x.source FROM segment x WHERE x.document_id = s.document_id AND x.index = s.index - 1) AS previous,
              (SELECT x.source FROM segment x WHERE x.document_id = s.document_id AND x.index = s.index + 1) AS next
         FROM segment s JOIN document d ON d.id = s.document_id JOIN project p ON p.id = d.project_id
        WHERE s.id = $1`,
      [segmentId],
    );
    return rows[0] ?? null;
  }

  async projectSourceLanguage(projectId: string): Promise<Language> {
    const rows: { language: Language }[] = await this.db.query('SELECT source_language AS language FROM project WHERE id = $1', [projectId]);
    return rows[0].language;
  }

  async languageSettings(projectId: string, language?: Language): Promise<ProjectLanguageSettings[]> {
    return this.db.query(
      `SELECT language, formality, pivot_language AS "pivotLanguage" FROM project_language
        WHERE project_id = $1 AND ($2::text IS NULL OR language = $2)
        ORDER BY array_position(ARRAY['ru','en','de'], language)`,
      [projectId, language ?? null],
    );
  }

  async updateLanguageSettings(projectId: string, language: Language, change: { formality?: Formality; pivotLanguage?: Language | null }): Promise<void> {
    await this.db.query(
      `UPDATE project_language SET formality = coalesce($3, formality),
              pivot_language = CASE WHEN $4 THEN $5 ELSE pivot_language END
        WHERE project_id = $1 AND language = $2`,
      [projectId, language, change.formality ?? null, change.pivotLanguage !== undefined, change.pivotLanguage ?? null],
    );
  }

  /** The approved text of another edition, used as the pivot source. */
  async approvedText(segmentId: string, language: Language): Promise<string | null> {
    const rows: { text: string }[] = await this.db.query(
      `SELECT text FROM translation WHERE segment_id = $1 AND language = $2 AND status = 'approved' AND text <> ''`,
      [segmentId, language],
    );
    return rows[0]?.text ?? null;
  }

  async deeplGlossary(projectId: string, source: Language, target: Language): Promise<DeeplGlossaryRow | null> {
    const rows: DeeplGlossaryRow[] = await this.db.query(
      `SELECT glossary_id AS "glossaryId", entries_hash AS "entriesHash" FROM deepl_glossary
        WHERE project_id = $1 AND source_language = $2 AND target_language = $3`,
      [projectId, source, target],
    );
    return rows[0] ?? null;
  }

  async saveDeeplGlossary(projectId: string, source: Language, target: Language, row: DeeplGlossaryRow): Promise<void> {
    await this.db.query(
      `INSERT INTO deepl_glossary (project_id, source_language, target_language, glossary_id, entries_hash, synced_at)
       VALUES ($1, $2, $3, $4, $5, now())
       ON CONFLICT (project_id, source_language, target_language)
       DO UPDATE SET glossary_id = EXCLUDED.glossary_id, entries_hash = EXCLUDED.entries_hash, synced_at = now()`,
      [projectId, source, target, row.glossaryId, row.entriesHash],
    );
  }

  async forgetDeeplGlossary(projectId: string, source: Language, target: Language): Promise<void> {
    await this.db.query('DELETE FROM deepl_glossary WHERE project_id = $1 AND source_language = $2 AND target_language = $3', [projectId, source, target]);
  }
}

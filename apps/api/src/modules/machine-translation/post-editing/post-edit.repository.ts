import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { PostEditingEffort } from '@interlinea/shared';

interface EffortRow {
  segments: number;
  unedited: number;
  mtCharacters: number;
  editDistance: number;
}

const EFFORT = `count(*)::int AS segments, count(*) FILTER (WHERE pe.distance = 0)::int AS unedited,
  coalesce(sum(char_length(pe.mt_text)), 0)::int AS "mtCharacters", coalesce(sum(pe.distance), 0)::int AS "editDistance"`;
const FROM = `FROM post_edit pe JOIN translation t ON t.id = pe.translation_id JOIN segment s ON s.id = t.segment_id
  JOIN document d ON d.id = s.document_id`;

export const withEffort = <T extends EffortRow>(row: T): T & PostEditingEffort => ({
  ...row,
  effort: row.mtCharacters ? Math.round((row.editDistance / row.mtCharacters) * 1000) / 1000 : 0,
});

/** MT output and what people made of it, one row per translation that started from MT. */
@Injectable()
export class PostEditRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async mtText(translationId: string, manager: EntityManager): Promise<string | null> {
    const rows: { mtText: string }[] = await manager.query('SELECT mt_text AS "mtText" FROM post_edit WHERE translation_id = $1', [translationId]);
    return rows[0]?.mtText ?? null;
  }

  async withMachineText(translationIds: string[], manager: EntityManager): Promise<Set<string>> {
    if (translationIds.length === 0) return new Set();
    const rows: { id: string }[] = await manager.query('SELECT translation_id AS id FROM post_edit WHERE translation_id = ANY($1::uuid[])', [translationIds]);
    return new Set(rows.map((r) => r.id));
  }

  async record(
    row: { translationId: string; mtText: string; finalText: string; distance: number; editorId: string | null },
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO post_edit (translation_id, mt_text, final_text, distance, editor_id, updated_at) VALUES ($1, $2, $3, $4, $5, now())
       ON CONFLICT (translation_id) DO UPDATE SET mt_text = EXCLUDED.mt_text, final_text = EXCLUDED.final_text,
         distance = EXCLUDED.distance, editor_id = EXCLUDED.editor_id, updated_at = now()`,
      [row.translationId, row.mtText, row.finalText, row.distance, row.editorId],
    );
  }

  async byDocument(projectId: string) {
    const rows: (EffortRow & { documentId: string; title: string })[] = await this.db.query(
      `SELECT d.id AS "documentId", d.title, ${EFFORT} ${FROM} WHERE d.project_id = $1 GROUP BY d.id, d.title ORDER BY d.title`,
      [projectId],
    );
    return rows.map(withEffort);
  }

  async byLanguage(projectId: string) {
    const rows: (EffortRow & { language: 'ru' | 'en' | 'de' })[] = await this.db.query(
      `SELECT t.language, ${EFFORT} ${FROM} WHERE d.project_id = $1 GROUP BY t.language ORDER BY t.language`,
      [projectId],
    );
    return rows.map(withEffort);
  }

  /** The translator is whoever last edited the MT text (null: nobody yet, e.g. fresh pre-translation). */
  async byTranslator(projectId: string) {
    const rows: (EffortRow & { userId: string | null; displayName: string | null })[] = await this.db.query(
      `SELECT pe.editor_id AS "userId", u.display_name AS "displayName", ${EFFORT} ${FROM} LEFT JOIN "user" u ON u.id = pe.editor_id
        WHERE d.project_id = $1 GROUP BY pe.editor_id, u.display_name ORDER BY u.display_name NULLS LAST`,
      [projectId],
    );
    return rows.map(withEffort);
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { EditionProgress, Language } from '@interlinea/shared';
import { PIVOT_OF_T, T_IS_OUTDATED } from '../editions/outdated.sql';

interface ProgressRow extends EditionProgress {
  ownerId: string;
}

const COUNTS = `
  count(s.id)::int AS segments,
  coalesce(sum(s.word_count), 0)::int AS words,
  count(t.id) FILTER (WHERE t.status = 'draft')::int AS draft,
  count(t.id) FILTER (WHERE t.status = 'translated')::int AS translated,
  count(t.id) FILTER (WHERE t.status = 'approved')::int AS approved,
  count(t.id) FILTER (WHERE t.status = 'rejected')::int AS rejected,
  coalesce(sum(s.word_count) FILTER (WHERE t.status IN ('translated','approved')), 0)::int AS "translatedWords",
  coalesce(sum(s.word_count) FILTER (WHERE t.status = 'approved'), 0)::int AS "approvedWords",
  count(t.id) FILTER (WHERE ${T_IS_OUTDATED})::int AS outdated`;

/** Per-edition progress, counted in segments and words, for projects or for documents; site furniture (not translatable) is not counted. */
@Injectable()
export class ProgressRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async byProject(projectIds: string[]): Promise<Map<string, EditionProgress[]>> {
    if (projectIds.length === 0) return new Map();
    const rows: ProgressRow[] = await this.db.query(
      `SELECT pl.project_id AS "ownerId", pl.language, ${COUNTS}
         FROM project_language pl
         LEFT JOIN document d ON d.project_id = pl.project_id
         LEFT JOIN segment s ON s.document_id = d.id AND s.translatable
         LEFT JOIN translation t ON t.segment_id = s.id AND t.language = pl.language
         ${PIVOT_OF_T}
        WHERE pl.project_id = ANY($1)
        GROUP BY pl.project_id, pl.language ORDER BY array_position(ARRAY['ru','en','de'], pl.language)`,
      [projectIds],
    );
    return group(rows);
  }

  async byDocument(documentIds: string[]): Promise<Map<string, EditionProgress[]>> {
    if (documentIds.length === 0) return new Map();
    const rows: ProgressRow[] = await this.db.query(
      `SELECT d.id AS "ownerId", pl.language, ${COUNTS}
         FROM document d
         JOIN project_language pl ON pl.project_id = d.project_id
         LEFT JOIN segment s ON s.document_id = d.id AND s.translatable
         LEFT JOIN translation t ON t.segment_id = s.id AND t.language = pl.language
         ${PIVOT_OF_T}
        WHERE d.id = ANY($1)
        GROUP BY d.id, pl.language ORDER BY array_position(ARRAY['ru','en','de'], pl.language)`,
      [documentIds],
    );
    return group(rows);
  }
}

function group(rows: ProgressRow[]): Map<string, EditionProgress[]> {
  const result = new Map<string, EditionProgress[]>();
  for (const { ownerId, ...progress } of rows) {
    const list = result.get(ownerId) ?? [];
    list.push({ ...progress, language: progress.language as Language });
    result.set(ownerId, list);
  }
  return result;
}

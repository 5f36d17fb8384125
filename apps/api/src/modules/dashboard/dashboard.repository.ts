import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Contribution, DailyActivity, Language } from '@interlinea/shared';
import { PIVOT_OF_T, T_IS_OUTDATED } from '../editions/outdated.sql';

/** Segments and words of one document's edition by status, as counted in SQL. */
export interface EditionCountRow {
  documentId: string;
  title: string;
  language: Language;
  segments: number;
  words: number;
  untranslatedSegments: number;
  untranslatedWords: number;
  draftSegments: number;
  draftWords: number;
  translatedSegments: number;
  translatedWords: number;
  approvedSegments: number;
  approvedWords: number;
  rejectedSegments: number;
  rejectedWords: number;
  outdated: number;
  openComments: number;
  /** Changes whenever a source, translation or QA ignore of this edition changes (for the QA count's cache). */
  qaFingerprint: string;
}

const BY_STATUS = (['draft', 'translated', 'approved', 'rejected'] as const)
  .map(
    (status) => `count(t.id) FILTER (WHERE t.status = '${status}')::int AS "${status}Segments",
  coalesce(sum(s.word_count) FILTER (WHERE t.status = '${status}'), 0)::int AS "${status}Words"`,
  )
  .join(',\n  ');

/** Translations whose source or pivot changed after they were made (the editions module's rule; the pivot join adds no rows). */
const OUTDATED_COUNT = `count(t.id) FILTER (WHERE ${T_IS_OUTDATED})::int`;

/**
 * The project dashboard's numbers, aggregated in PostgreSQL (never by loading rows into JS): per
 * document and edition by status, open comment threads, words first translated and first approved per
 * day, and who translated and approved what. Site furniture (not for translation) is not counted.
 */
@Injectable()
export class DashboardRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  editionCounts(projectId: string): Promise<EditionCountRow[]> {
    return this.db.query(
      `SELECT d.id AS "documentId", d.title, pl.language,
              count(s.id)::int AS segments, coalesce(sum(s.word_count), 0)::int AS words,
              count(s.id) FILTER (WHERE t.id IS NULL)::int AS "untranslatedSegments",
              coalesce(sum(s.word_count) FILTER (WHERE t.id IS NULL AND s.id IS NOT NULL), 0)::int AS "untranslatedWords",
              ${BY_STATUS},
              ${OUTDATED_COUNT} AS outdated,
              (SELECT count(*)::int FROM segment_comment c
                WHERE c.document_id = d.id AND c.parent_id IS NULL AND c.resolved_at IS NULL AND (c.language IS NULL OR c.language = pl.language)) AS "openComments",
              concat_ws(':', coalesce(sum(hashtext(s.source || chr(1) || coalesce(t.text, '') || chr(1) || coalesce(t.status, ''))), 0), count(t.id),
                (SELECT count(*) || '/' || coalesce(max(i.ignored_at)::text, '') FROM qa_ignore i JOIN segment si ON si.id = i.segment_id
                  WHERE si.document_id = d.id AND i.language = pl.language)) AS "qaFingerprint"
         FROM document d
         JOIN project_language pl ON pl.project_id = d.project_id
         LEFT JOIN segment s ON s.document_id = d.id AND s.translatable
         LEFT JOIN translation t ON t.segment_id = s.id AND t.language = pl.language
         ${PIVOT_OF_T}
        WHERE d.project_id = $1
        GROUP BY d.id, d.title, d.created_at, pl.language
        ORDER BY d.created_at, d.id, array_position(ARRAY['ru','en','de'], pl.language)`,
      [projectId],
    );
  }

  /** Changes whenever the project's glossary or QA settings change (for the QA count's cache). */
  async projectQaFingerprint(projectId: string): Promise<string> {
    const [row]: { fingerprint: string }[] = await this.db.query(
      `SELECT concat_ws(':', (SELECT count(*) || '/' || coalesce(max(updated_at)::text, '') FROM glossary_term WHERE project_id = $1),
                             (SELECT updated_at::text FROM qa_settings WHERE project_id = $1)) AS fingerprint`,
      [projectId],
    );
    return row.fingerprint;
  }

  /**
   * Words whose translation first became confirmed (translated, or approved straight away) and first
   * became approved, per UTC day and edition, from `since` on. Read from the revisions, which are kept forever.
   */
  daily(projectId: string, since: Date): Promise<DailyActivity[]> {
    return this.db.query(
      `WITH firsts AS (
         SELECT t.language, s.word_count AS words,
                min(r.created_at) FILTER (WHERE r.status IN ('translated', 'approved')) AS translated_at,
                min(r.created_at) FILTER (WHERE r.status = 'approved') AS approved_at
           FROM translation_revision r
           JOIN translation t ON t.id = r.translation_id
           JOIN segment s ON s.id = t.segment_id AND s.translatable
           JOIN document d ON d.id = s.document_id
          WHERE d.project_id = $1
          GROUP BY t.id, t.language, s.word_count
       ), days AS (
         SELECT (translated_at AT TIME ZONE 'UTC')::date AS day, language, words AS translated, 0 AS approved FROM firsts WHERE translated_at >= $2
         UNION ALL
         SELECT (approved_at AT TIME ZONE 'UTC')::date, language, 0, words FROM firsts WHERE approved_at >= $2
       )
       SELECT to_char(day, 'YYYY-MM-DD') AS day, language, sum(translated)::int AS "translatedWords", sum(approved)::int AS "approvedWords"
         FROM days GROUP BY day, language ORDER BY day, array_position(ARRAY['ru','en','de'], language)`,
      [projectId, since],
    );
  }

  /**
   * Per person and edition since the project began: the segments (and their words) they confirmed as
   * translated and those they approved, each segment counted once per person however often they saved it.
   */
  contributions(projectId: string): Promise<Contribution[]> {
    return this.db.query(
      `WITH per AS (
         SELECT r.author_id, t.language, t.id, max(s.word_count) AS words,
                bool_or(r.status = 'translated') AS translated, bool_or(r.status = 'approved') AS approved
           FROM translation_revision r
           JOIN translation t ON t.id = r.translation_id
           JOIN segment s ON s.id = t.segment_id AND s.translatable
           JOIN document d ON d.id = s.document_id
          WHERE d.project_id = $1
          GROUP BY r.author_id, t.language, t.id
       )
       SELECT per.author_id AS "userId", u.display_name AS "displayName", per.language,
              coalesce(sum(per.words) FILTER (WHERE per.translated), 0)::int AS "translatedWords",
              count(*) FILTER (WHERE per.translated)::int AS "translatedSegments",
              coalesce(sum(per.words) FILTER (WHERE per.approved), 0)::int AS "approvedWords",
              count(*) FILTER (WHERE per.approved)::int AS "approvedSegments"
         FROM per LEFT JOIN "user" u ON u.id = per.author_id
        GROUP BY per.author_id, u.display_name, per.language
       HAVING bool_or(per.translated OR per.approved)
        ORDER BY array_position(ARRAY['ru','en','de'], per.language), "translatedWords" DESC, "approvedWords" DESC, u.display_name`,
      [projectId],
    );
  }
}

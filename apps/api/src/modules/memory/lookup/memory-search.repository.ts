import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { MemoryOrigin, MemoryScope } from '@interlinea/shared';

export interface ConcordanceRow {
  unitId: number;
  hitLanguage: string;
  sourceLanguage: string;
  source: string;
  targetLanguage: string;
  target: string;
  origin: MemoryOrigin;
  authorName: string | null;
  updatedAt: Date;
}

/** A unit for TMX export: its variants in the two languages asked for. */
export interface ExportedUnit {
  id: number;
  meta: { tuid?: string | null; attributes?: Record<string, string>; props?: { type: string; value: string }[]; notes?: string[] } | null;
  variants: {
    language: string;
    text: string;
    origin: MemoryOrigin;
    authorName: string | null;
    updatedAt: string;
    locale: string | null;
    meta: Record<string, unknown> | null;
  }[];
}

@Injectable()
export class MemorySearchRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Units whose variants hold the word ids, with their variant in the target language and in one of the source languages. */
  concordance(tokens: number[], targetLanguage: string, sourceLanguages: string[], limit: number): Promise<ConcordanceRow[]> {
    if (tokens.length === 0) return Promise.resolve([]);
    return this.db.query(
      `WITH hit AS (SELECT DISTINCT variant_id FROM (SELECT unnest(variant_ids) AS variant_id FROM tm_posting WHERE token = ANY($1::int[])) p LIMIT $4)
       SELECT u.id AS "unitId", h.language AS "hitLanguage", s.language AS "sourceLanguage", s.text AS source,
              t.language AS "targetLanguage", t.text AS target, t.origin, t.author_name AS "authorName", t.updated_at AS "updatedAt"
         FROM hit JOIN tm_variant h ON h.id = hit.variant_id JOIN tm_unit u ON u.id = h.unit_id AND u.retired_at IS NULL
         JOIN tm_variant t ON t.unit_id = u.id AND t.language = $2
         JOIN tm_variant s ON s.unit_id = u.id AND s.language = ANY($3::text[])
        ORDER BY array_position($3::text[], s.language), t.updated_at DESC`,
      [tokens, targetLanguage, sourceLanguages, limit],
    );
  }

  /**
   * Concordance by parts of words: units of the project's or the shared memory with a variant in one
   * of `languages` whose text holds every part (case-insensitive), read text by text up to `limit`.
   */
  concordanceParts(parts: string[], projectId: string, targetLanguage: string, sourceLanguages: string[], limit: number): Promise<ConcordanceRow[]> {
    const patterns = parts.map((part) => `%${part.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    return this.db.query(
      `WITH hit AS (SELECT h.id AS variant_id FROM tm_variant h JOIN tm_unit hu ON hu.id = h.unit_id
                     WHERE (hu.shared OR hu.project_id = $5) AND hu.retired_at IS NULL AND h.language = ANY($6::text[]) AND h.text ILIKE ALL($1::text[]) LIMIT $4)
       SELECT u.id AS "unitId", h.language AS "hitLanguage", s.language AS "sourceLanguage", s.text AS source,
              t.language AS "targetLanguage", t.text AS target, t.origin, t.author_name AS "authorName", t.updated_at AS "updatedAt"
         FROM hit JOIN tm_variant h ON h.id = hit.variant_id JOIN tm_unit u ON u.id = h.unit_id AND u.retired_at IS NULL
         JOIN tm_variant t ON t.unit_id = u.id AND t.language = $2
         JOIN tm_variant s ON s.unit_id = u.id AND s.language = ANY($3::text[])
        ORDER BY array_position($3::text[], s.language), t.updated_at DESC`,
      [patterns, targetLanguage, sourceLanguages, limit, projectId, [targetLanguage, ...sourceLanguages]],
    );
  }

  /** One page of units for export (retired ones left out), in id order after `afterId`. */
  exportPage(projectId: string, scope: MemoryScope, source: string, target: string, afterId: number, pageSize: number): Promise<ExportedUnit[]> {
    return this.db.query(
      `SELECT u.id, u.meta,
              json_agg(json_build_object('language', v.language, 'text', v.text, 'origin', v.origin, 'authorName', v.author_name,
                                         'updatedAt', v.updated_at, 'locale', v.locale, 'meta', v.meta) ORDER BY v.language = $3 DESC, v.id) AS variants
         FROM tm_unit u JOIN tm_variant v ON v.unit_id = u.id AND v.language IN ($3, $4)
        WHERE u.id > $5 AND u.retired_at IS NULL AND (CASE WHEN $2 = 'shared' THEN u.shared ELSE u.project_id = $1 END)
        GROUP BY u.id
       HAVING bool_or(v.language = $3) AND bool_or(v.language = $4)
        ORDER BY u.id LIMIT $6`,
      [projectId, scope, source, target, afterId, pageSize],
    );
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { MemoryOrigin } from '@interlinea/shared';

/** A stored unit that may match: its variant in the query's language and one in the target language. */
export interface Candidate {
  unitId: number;
  source: string;
  sourceLanguage: string;
  contextHash: number | null;
  /** Hash of the translation that preceded the target where it was stored (null: not known). */
  targetContextHash: number | null;
  target: string;
  targetLanguage: string;
  origin: MemoryOrigin;
  authorName: string | null;
  updatedAt: Date;
  /** People stand behind the unit: no origin penalty. */
  trusted: boolean;
}

export interface CandidateQuery {
  tokens: number[];
  minWords: number;
  maxWords: number;
  queryWords: number;
  /** Fewest of the word ids a candidate must hold (see libs/tm `lookupPlan`). */
  minShared: number;
  targetLanguage: string;
  /** The segment being translated: its own unit is not a match for itself. */
  excludeSegmentId: string | null;
  limit: number;
}

@Injectable()
export class MemoryLookupRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** How many variants hold each word id (absent ids hold none): the sum of its word-count rows. */
  async frequencies(tokens: number[]): Promise<Map<number, number>> {
    if (tokens.length === 0) return new Map();
    const rows: { token: number; frequency: number }[] = await this.db.query(
      `SELECT token, sum(frequency)::int AS frequency FROM tm_token WHERE token = ANY($1::int[]) GROUP BY token HAVING sum(frequency) > 0`,
      [tokens],
    );
    return new Map(rows.map((r) => [r.token, r.frequency]));
  }

  /**
   * Variants holding at least `minShared` of the word ids, within the length range, most shared
   * words first: the index rows of those word ids and lengths, unnested. Then the units' variants in the target language.
   */
  candidates(q: CandidateQuery): Promise<Candidate[]> {
    if (q.tokens.length === 0) return Promise.resolve([]);
    return this.db.query(
      `WITH candidate AS (
         SELECT variant_id, count(*) AS shared_words, min(abs(length - $4)) AS length_gap
           FROM (SELECT unnest(variant_ids) AS variant_id, length FROM tm_posting WHERE token = ANY($1::int[]) AND length BETWEEN $2 AND $3) p
          GROUP BY variant_id HAVING count(*) >= $8 ORDER BY shared_words DESC, length_gap LIMIT $5)
       SELECT u.id AS "unitId", s.text AS source, s.language AS "sourceLanguage", s.context_hash AS "contextHash",
              t.text AS target, t.context_hash AS "targetContextHash", t.language AS "targetLanguage", t.origin, t.author_name AS "authorName", t.updated_at AS "updatedAt", u.trusted
         FROM candidate c
         JOIN tm_variant s ON s.id = c.variant_id
         JOIN tm_unit u ON u.id = s.unit_id
         JOIN tm_variant t ON t.unit_id = u.id AND t.language = $6 AND t.id <> s.id
        WHERE u.retired_at IS NULL AND ($7::uuid IS NULL OR u.segment_id IS DISTINCT FROM $7::uuid)`,
      [q.tokens, q.minWords, q.maxWords, q.queryWords, q.limit, q.targetLanguage, q.excludeSegmentId, q.minShared],
    );
  }
}

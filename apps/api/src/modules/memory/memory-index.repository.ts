import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { MemoryOrigin } from '@interlinea/shared';
import { SHARED_SCOPE, tokenCounts, unitPostings, wordKeys, type Postings } from '@interlinea/tm';

export interface NewVariant {
  language: string;
  text: string;
  origin: MemoryOrigin;
  authorName: string | null;
  updatedAt: Date | null;
  contextHash: number | null;
  meta: unknown;
}

export interface NewUnit {
  projectId: string;
  shared: boolean;
  segmentId: string | null;
  meta: unknown;
  variants: NewVariant[];
}

type Queryable = Pick<EntityManager, 'query'>;

const scopeOf = (unit: { shared: boolean; projectId: string }) => (unit.shared ? SHARED_SCOPE : unit.projectId);

/**
 * Writes units, their variants and the word index. Bulk writes pass whole columns as arrays
 * (`unnest`), so a batch of thousands of units is four statements.
 */
@Injectable()
export class MemoryIndexRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async store(units: NewUnit[], manager: Queryable = this.db): Promise<{ units: number; variants: number }> {
    if (units.length === 0) return { units: 0, variants: 0 };
    const variantCount = units.reduce((n, u) => n + u.variants.length, 0);
    const unitIds = await this.nextIds(manager, 'tm_unit', units.length);
    const variantIds = await this.nextIds(manager, 'tm_variant', variantCount);
    await manager.query(
      `INSERT INTO tm_unit (id, project_id, shared, segment_id, meta)
       SELECT id, project_id, shared, segment_id, meta::jsonb FROM unnest($1::int[], $2::uuid[], $3::bool[], $4::uuid[], $5::text[]) AS u(id, project_id, shared, segment_id, meta)`,
      [unitIds, units.map((u) => u.projectId), units.map((u) => u.shared), units.map((u) => u.segmentId), units.map((u) => json(u.meta))],
    );
    const v = { id: [] as number[], unit: [] as number[], language: [] as string[], text: [] as string[], words: [] as number[], origin: [] as string[], author: [] as (string | null)[], at: [] as (Date | null)[], context: [] as (number | null)[], meta: [] as (string | null)[] };
    const postings: Postings = { tokens: [], lengths: [], variantIds: [] };
    let next = 0;
    units.forEach((unit, i) => {
      const indexed = unit.variants.map((variant) => {
        const id = variantIds[next++];
        v.id.push(id);
        v.unit.push(unitIds[i]);
        v.language.push(variant.language);
        v.text.push(variant.text);
        v.words.push(wordKeys(variant.text).length);
        v.origin.push(variant.origin);
        v.author.push(variant.authorName);
        v.at.push(variant.updatedAt);
        v.context.push(variant.contextHash);
        v.meta.push(json(variant.meta));
        return { id, language: variant.language, text: variant.text };
      });
      unitPostings(scopeOf(unit), indexed, postings);
    });
    await manager.query(
      `INSERT INTO tm_variant (id, unit_id, language, text, word_count, origin, author_name, updated_at, context_hash, meta)
       SELECT id, unit_id, language, text, word_count, origin, author_name, coalesce(updated_at, now()), context_hash, meta::jsonb
         FROM unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::int[], $6::text[], $7::text[], $8::timestamptz[], $9::int[], $10::text[])
           AS v(id, unit_id, language, text, word_count, origin, author_name, updated_at, context_hash, meta)`,
      [v.id, v.unit, v.language, v.text, v.words, v.origin, v.author, v.at, v.context, v.meta],
    );
    // in key order: the index is filled page by page instead of at random places
    await manager.query(`INSERT INTO tm_posting (token, length, variant_id) SELECT * FROM unnest($1::int[], $2::int2[], $3::int[]) ORDER BY 1, 2, 3`, [postings.tokens, postings.lengths, postings.variantIds]);
    await this.addFrequencies(manager, postings, 1);
    return { units: units.length, variants: variantCount };
  }

  /** Retracts the unit made from a segment's editions, with its postings. */
  async removeSegmentUnit(segmentId: string, manager: Queryable): Promise<void> {
    const rows: { id: number; language: string; text: string; shared: boolean; projectId: string; unitId: number }[] = await manager.query(
      `SELECT v.id, v.language, v.text, u.shared, u.project_id AS "projectId", u.id AS "unitId"
         FROM tm_unit u JOIN tm_variant v ON v.unit_id = u.id WHERE u.segment_id = $1`,
      [segmentId],
    );
    if (rows.length === 0) return;
    const postings = unitPostings(scopeOf(rows[0]), rows);
    await manager.query(
      `DELETE FROM tm_posting p USING unnest($1::int[], $2::int2[], $3::int[]) AS d(token, length, variant_id)
        WHERE p.token = d.token AND p.length = d.length AND p.variant_id = d.variant_id`,
      [postings.tokens, postings.lengths, postings.variantIds],
    );
    await this.addFrequencies(manager, postings, -1);
    await manager.query(`DELETE FROM tm_unit WHERE id = $1`, [rows[0].unitId]);
  }

  /** Serialises changes to one segment's unit (two editions confirmed at once). */
  async lockSegment(segmentId: string, manager: Queryable): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('tm:' || $1))`, [segmentId]);
  }

  private async addFrequencies(manager: Queryable, postings: Postings, sign: 1 | -1): Promise<void> {
    const { tokens, counts } = tokenCounts(postings);
    if (tokens.length === 0) return;
    // sorted ids: concurrent writers lock the same rows in the same order
    await manager.query(
      `INSERT INTO tm_token (token, frequency) SELECT token, count FROM unnest($1::int[], $2::int[]) AS t(token, count) ORDER BY token
       ON CONFLICT (token) DO UPDATE SET frequency = greatest(tm_token.frequency + EXCLUDED.frequency, 0)`,
      [tokens, sign === 1 ? counts : counts.map((c) => -c)],
    );
  }

  private async nextIds(manager: Queryable, table: 'tm_unit' | 'tm_variant', count: number): Promise<number[]> {
    const rows: { id: number }[] = await manager.query(`SELECT nextval(pg_get_serial_sequence($1, 'id'))::int AS id FROM generate_series(1, $2)`, [table, count]);
    return rows.map((r) => r.id);
  }
}

function json(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

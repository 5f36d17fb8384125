import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  PostingList,
  SHARED_SCOPE,
  TokenIdPrefixes,
  groupPostings,
  indexUnit,
  jsonColumn,
  tokenCounts,
  type IndexedVariant,
  type NewUnit,
} from '@interlinea/tm';
import { UNTRUSTED_ORIGINS, type MemoryUnitOrigin } from '@interlinea/shared';
import { addFrequencies } from './token-frequencies';

/** What it stores: units and their variants (defined in libs/tm, which encodes a TMX import's units too). */
export type { NewUnit, NewVariant } from '@interlinea/tm';

type Queryable = Pick<EntityManager, 'query'>;

const scopeOf = (unit: { shared: boolean; projectId: string }) => (unit.shared ? SHARED_SCOPE : unit.projectId);

/**
 * Writes units, their variants and the word index as the memory grows from the editor: `store`
 * passes whole columns as arrays (`unnest`), so a batch of units is five statements. A TMX import
 * takes the bulk path of `MemoryImportRepository`.
 */
@Injectable()
export class MemoryIndexRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async store(units: NewUnit[], manager: Queryable = this.db): Promise<{ units: number; variants: number }> {
    if (units.length === 0) return { units: 0, variants: 0 };
    const variantCount = units.reduce((n, u) => n + u.variants.length, 0);
    const fresh = await this.nextIds(manager, 'tm_unit', units.filter((u) => u.id === undefined).length);
    const unitIds = units.map((u) => u.id ?? fresh.shift()!);
    const variantIds = await this.nextIds(manager, 'tm_variant', variantCount);
    const origins = units.map(unitOrigin);
    const changedAt = units.map((u) => latest(u.variants));
    // a unit that keeps its id (a segment's, rebuilt) keeps its decisions: retired stays retired, a vouch stays
    await manager.query(
      `INSERT INTO tm_unit (id, project_id, shared, segment_id, meta, origin, trusted, changed_at)
       SELECT id, project_id, shared, segment_id, meta::jsonb, origin, trusted, coalesce(changed_at, now())
         FROM unnest($1::int[], $2::uuid[], $3::bool[], $4::uuid[], $5::text[], $6::text[], $7::bool[], $8::timestamptz[])
           AS u(id, project_id, shared, segment_id, meta, origin, trusted, changed_at)
       ON CONFLICT (id) DO UPDATE SET meta = excluded.meta, origin = excluded.origin, changed_at = excluded.changed_at, shared = excluded.shared,
              trusted = tm_unit.trusted AND tm_unit.vouched_by IS NOT NULL OR excluded.trusted`,
      [
        unitIds,
        units.map((u) => u.projectId),
        units.map((u) => u.shared),
        units.map((u) => u.segmentId),
        units.map((u) => jsonColumn(u.meta)),
        origins,
        units.map((u, i) => u.trusted ?? !UNTRUSTED_ORIGINS.includes(origins[i])),
        changedAt,
      ],
    );
    const v = {
      id: [] as number[],
      unit: [] as number[],
      language: [] as string[],
      text: [] as string[],
      words: [] as number[],
      origin: [] as string[],
      author: [] as (string | null)[],
      at: [] as (Date | null)[],
      context: [] as (number | null)[],
      locale: [] as (string | null)[],
      meta: [] as (string | null)[],
    };
    const postings = new PostingList();
    const prefixes = new TokenIdPrefixes();
    let next = 0;
    units.forEach((unit, i) => {
      const indexed = unit.variants.map((variant): IndexedVariant => ({ id: variantIds[next++], language: variant.language, text: variant.text }));
      const words = indexUnit(scopeOf(unit), indexed, postings, prefixes);
      unit.variants.forEach((variant, j) => {
        v.id.push(indexed[j].id);
        v.unit.push(unitIds[i]);
        v.language.push(variant.language);
        v.text.push(variant.text);
        v.words.push(words[j]);
        v.origin.push(variant.origin);
        v.author.push(variant.authorName);
        v.at.push(variant.updatedAt);
        v.context.push(variant.contextHash);
        v.locale.push(variant.locale ?? null);
        v.meta.push(jsonColumn(variant.meta));
      });
    });
    await manager.query(
      `INSERT INTO tm_variant (id, unit_id, language, text, word_count, origin, author_name, updated_at, context_hash, locale, meta)
       SELECT id, unit_id, language, text, word_count, origin, author_name, coalesce(updated_at, now()), context_hash, locale, meta::jsonb
         FROM unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::int[], $6::text[], $7::text[], $8::timestamptz[], $9::int[], $10::text[], $11::text[])
           AS v(id, unit_id, language, text, word_count, origin, author_name, updated_at, context_hash, locale, meta)`,
      [v.id, v.unit, v.language, v.text, v.words, v.origin, v.author, v.at, v.context, v.locale, v.meta],
    );
    const rows = groupPostings(postings);
    await manager.query(
      `INSERT INTO tm_posting (token, length, variant_ids) SELECT token, length, ids::int[] FROM unnest($1::int[], $2::int2[], $3::text[]) AS g(token, length, ids)`,
      [rows.tokens, rows.lengths, rows.variantIds.map((ids) => `{${ids.join(',')}}`)],
    );
    const counts = tokenCounts(postings);
    await addFrequencies(manager, counts.tokens, counts.counts);
    return { units: units.length, variants: variantCount };
  }

  /**
   * Retracts the units made from these segments' editions, with their postings (one set of
   * statements for all). Units in `keep` lose their variants and postings but stay, to be stored
   * again under the same id.
   */
  async removeSegmentUnits(segmentIds: string[], manager: Queryable, keep: number[] = []): Promise<void> {
    if (segmentIds.length === 0) return;
    await this.remove(`u.segment_id = ANY($1::uuid[])`, segmentIds, manager, keep);
  }

  /** Removes units by id with their postings (`keep`: see removeSegmentUnits). */
  async removeUnits(unitIds: number[], manager: Queryable, keep: number[] = []): Promise<void> {
    if (unitIds.length === 0) return;
    await this.remove(`u.id = ANY($1::int[])`, unitIds, manager, keep);
  }

  /** The units made from these segments, by segment. */
  async segmentUnitIds(segmentIds: string[], manager: Queryable): Promise<Map<string, number>> {
    if (segmentIds.length === 0) return new Map();
    const rows: { id: number; segmentId: string }[] = await manager.query(
      `SELECT id, segment_id AS "segmentId" FROM tm_unit WHERE segment_id = ANY($1::uuid[])`,
      [segmentIds],
    );
    return new Map(rows.map((r) => [r.segmentId, r.id]));
  }

  private async remove(where: string, ids: unknown[], manager: Queryable, keep: number[]): Promise<void> {
    const rows: { id: number; language: string; text: string; shared: boolean; projectId: string; unitId: number }[] = await manager.query(
      `SELECT v.id, v.language, v.text, u.shared, u.project_id AS "projectId", u.id AS "unitId"
         FROM tm_unit u JOIN tm_variant v ON v.unit_id = u.id WHERE ${where} ORDER BY u.id, v.id`,
      [ids],
    );
    if (rows.length === 0) return;
    const postings = new PostingList();
    const units = new Map<number, typeof rows>();
    for (const row of rows) units.set(row.unitId, [...(units.get(row.unitId) ?? []), row]);
    for (const variants of units.values()) indexUnit(scopeOf(variants[0]), variants, postings);
    // the rows of the units' (word id, length) keys lose their variants: rows holding nothing else go
    const keys = [postings.tokens, postings.lengths, rows.map((r) => r.id)];
    await manager.query(
      `DELETE FROM tm_posting p WHERE (p.token, p.length) IN (SELECT * FROM unnest($1::int[], $2::int2[])) AND p.variant_ids <@ $3::int[]`,
      keys,
    );
    await manager.query(
      `UPDATE tm_posting p SET variant_ids = array(SELECT id FROM unnest(p.variant_ids) AS id WHERE id <> ALL($3::int[]))
        WHERE (p.token, p.length) IN (SELECT * FROM unnest($1::int[], $2::int2[])) AND p.variant_ids && $3::int[]`,
      keys,
    );
    const counts = tokenCounts(postings);
    await addFrequencies(
      manager,
      counts.tokens,
      counts.counts.map((c) => -c),
    );
    const kept = new Set(keep);
    await manager.query(`DELETE FROM tm_unit WHERE id = ANY($1::int[])`, [[...units.keys()].filter((id) => !kept.has(id))]);
    await manager.query(`DELETE FROM tm_variant WHERE unit_id = ANY($1::int[])`, [[...units.keys()].filter((id) => kept.has(id))]);
  }

  /** Serialises changes to segments' units (two editions confirmed at once); taken in one order, so no deadlocks. */
  async lockSegments(segmentIds: string[], manager: Queryable): Promise<void> {
    if (segmentIds.length === 0) return;
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('tm:' || id)) FROM unnest($1::text[]) AS id ORDER BY id`, [[...segmentIds].sort()]);
  }

  private async nextIds(manager: Queryable, table: 'tm_unit' | 'tm_variant', count: number): Promise<number[]> {
    const rows: { id: number }[] = await manager.query(
      `SELECT nextval(seq)::int AS id FROM (SELECT pg_get_serial_sequence($1, 'id')::regclass AS seq) s, generate_series(1, $2)`,
      [table, count],
    );
    return rows.map((r) => r.id);
  }
}

/** A unit's origin: as given, else from its variants' (a segment's units say theirs). */
function unitOrigin(unit: NewUnit): MemoryUnitOrigin {
  if (unit.origin) return unit.origin;
  const origins = new Set(unit.variants.map((v) => v.origin));
  if (origins.has('aligned')) return 'aligned';
  if (origins.has('tmx')) return 'tmx';
  if (origins.has('mt')) return 'mt';
  return 'typed';
}

/** When the unit last changed: its newest variant (null: now). */
function latest(variants: NewUnit['variants']): Date | null {
  const times = variants.map((v) => (v.updatedAt ? new Date(v.updatedAt).getTime() : 0)).filter((t) => t > 0);
  return times.length ? new Date(Math.max(...times)) : null;
}

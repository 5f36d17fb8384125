import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { DataSource, EntityManager } from 'typeorm';
import type { MemoryOrigin } from '@interlinea/shared';
import { PostingHashers, SHARED_SCOPE, tokenCounts, unitPostings, wordKeys, type Postings } from '@interlinea/tm';

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

/** Word-id counts of a bulk import, added to `tm_token` now and then instead of once per batch. */
export type FrequencyTally = Map<number, number>;

const scopeOf = (unit: { shared: boolean; projectId: string }) => (unit.shared ? SHARED_SCOPE : unit.projectId);

/**
 * Writes units, their variants and the word index. `store` passes whole columns as arrays
 * (`unnest`), so a batch of units is four statements; a TMX import uses `copy` (COPY FROM STDIN).
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
        const keys = wordKeys(variant.text);
        v.id.push(id);
        v.unit.push(unitIds[i]);
        v.language.push(variant.language);
        v.text.push(variant.text);
        v.words.push(keys.length);
        v.origin.push(variant.origin);
        v.author.push(variant.authorName);
        v.at.push(variant.updatedAt);
        v.context.push(variant.contextHash);
        v.meta.push(json(variant.meta));
        return { id, language: variant.language, text: variant.text, keys };
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

  /**
   * The bulk path of a TMX import: the same rows as `store`, sent with `COPY … FROM STDIN` (text
   * format) through the transaction's own connection. Word counts are added to `tally` and written
   * by `addTally`, so `tm_token` is updated once per many batches rather than once per batch.
   */
  async copy(units: NewUnit[], manager: EntityManager, tally: FrequencyTally, buffer?: PostingBuffer): Promise<{ units: number; variants: number }> {
    if (units.length === 0) return { units: 0, variants: 0 };
    const client = await connectionOf(manager);
    const variantCount = units.reduce((n, u) => n + u.variants.length, 0);
    const [ids]: { units: number[]; variants: number[]; now: Date }[] = await manager.query(
      `SELECT array(SELECT nextval(pg_get_serial_sequence('tm_unit', 'id'))::int FROM generate_series(1, $1)) AS units,
              array(SELECT nextval(pg_get_serial_sequence('tm_variant', 'id'))::int FROM generate_series(1, $2)) AS variants, now() AS now`,
      [units.length, variantCount],
    );
    const now = new Date(ids.now).toISOString();
    const unitRows: string[] = [];
    const variantRows: string[] = [];
    const postings: Postings = { tokens: [], lengths: [], variantIds: [] };
    const hashers = new PostingHashers();
    let next = 0;
    units.forEach((unit, i) => {
      const unitId = ids.units[i];
      unitRows.push(`${unitId}\t${unit.projectId}\t${unit.shared ? 't' : 'f'}\t${unit.segmentId ?? '\\N'}\t${copyText(json(unit.meta))}\n`);
      const indexed = unit.variants.map((variant) => {
        const id = ids.variants[next++];
        const keys = wordKeys(variant.text);
        variantRows.push(
          `${id}\t${unitId}\t${copyText(variant.language)}\t${copyText(variant.text)}\t${keys.length}\t${variant.origin}\t${copyText(variant.authorName)}\t` +
            `${variant.updatedAt ? variant.updatedAt.toISOString() : now}\t${variant.contextHash ?? '\\N'}\t${copyText(json(variant.meta))}\n`,
        );
        return { id, language: variant.language, text: variant.text, keys };
      });
      unitPostings(scopeOf(unit), indexed, postings, hashers);
    });
    await copyRows(client, 'COPY tm_unit (id, project_id, shared, segment_id, meta) FROM STDIN', unitRows);
    await copyRows(client, 'COPY tm_variant (id, unit_id, language, text, word_count, origin, author_name, updated_at, context_hash, meta) FROM STDIN', variantRows);
    if (buffer) buffer.add(postings);
    else await copyRows(client, 'COPY tm_posting (token, length, variant_id) FROM STDIN', postingRows(postings));
    for (const t of postings.tokens) tally.set(t, (tally.get(t) ?? 0) + 1);
    return { units: units.length, variants: variantCount };
  }

  /**
   * Writes the postings gathered by `copy` in one COPY (binary format), sorted by key: the
   * B-tree is walked once, left to right, instead of once per batch. Empties the buffer.
   */
  async writePostings(buffer: PostingBuffer, manager: EntityManager): Promise<void> {
    if (buffer.size === 0) return;
    const client = await connectionOf(manager);
    await pipeline(Readable.from(buffer.binaryCopy()), client.query(copyFrom('COPY tm_posting (token, length, variant_id) FROM STDIN (FORMAT binary)')));
    buffer.clear();
  }

  /** Adds a bulk import's word counts to `tm_token` (one statement per 100,000 word ids) and empties the tally. */
  async addTally(tally: FrequencyTally, manager: Queryable): Promise<void> {
    const tokens = [...tally.keys()].sort((a, b) => a - b);
    for (let at = 0; at < tokens.length; at += 100_000) {
      const slice = tokens.slice(at, at + 100_000);
      await this.upsertFrequencies(manager, slice, slice.map((t) => tally.get(t)!));
    }
    tally.clear();
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
    await this.upsertFrequencies(manager, tokens, sign === 1 ? counts : counts.map((c) => -c));
  }

  private async upsertFrequencies(manager: Queryable, tokens: number[], counts: number[]): Promise<void> {
    if (tokens.length === 0) return;
    // sorted ids: concurrent writers lock the same rows in the same order
    await manager.query(
      `INSERT INTO tm_token (token, frequency) SELECT token, count FROM unnest($1::int[], $2::int[]) AS t(token, count) ORDER BY token
       ON CONFLICT (token) DO UPDATE SET frequency = greatest(tm_token.frequency + EXCLUDED.frequency, 0)`,
      [tokens, counts],
    );
  }

  private async nextIds(manager: Queryable, table: 'tm_unit' | 'tm_variant', count: number): Promise<number[]> {
    const rows: { id: number }[] = await manager.query(`SELECT nextval(pg_get_serial_sequence($1, 'id'))::int AS id FROM generate_series(1, $2)`, [table, count]);
    return rows.map((r) => r.id);
  }
}

/** The pg client under a TypeORM transaction, for COPY. */
async function connectionOf(manager: EntityManager): Promise<PoolClient> {
  if (!manager.queryRunner) throw new Error('COPY needs the transaction of a query runner');
  return (await manager.queryRunner.connect()) as PoolClient;
}

async function copyRows(client: PoolClient, sql: string, rows: string[]): Promise<void> {
  const CHUNK = 2000;
  const chunks = function* () {
    for (let at = 0; at < rows.length; at += CHUNK) yield rows.slice(at, at + CHUNK).join('');
  };
  await pipeline(Readable.from(chunks()), client.query(copyFrom(sql)));
}

/**
 * Index rows in key order, so the B-tree is filled page by page instead of at random places: by
 * word id, then as pushed (variant order). Sorted as doubles (id + 2³¹)·2²¹ + row, exact below 2²¹ rows.
 */
function postingRows(postings: Postings): string[] {
  const { tokens, lengths, variantIds } = postings;
  const n = tokens.length;
  let order: ArrayLike<number>;
  if (n < 2 ** 21) {
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) keys[i] = (tokens[i] + 2 ** 31) * 2 ** 21 + i;
    keys.sort();
    order = keys.map((k) => k % 2 ** 21);
  } else {
    order = Uint32Array.from(tokens.keys()).sort((a, b) => tokens[a] - tokens[b] || a - b);
  }
  const rows = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const at = order[i];
    rows[i] = `${tokens[at]}\t${lengths[at]}\t${variantIds[at]}\n`;
  }
  return rows;
}

/**
 * Index rows of a bulk import, gathered over many batches in typed arrays (10 bytes a row), so
 * that they reach `tm_posting` in one sorted pass. `full` says when to write them out.
 */
export class PostingBuffer {
  private tokens = new Int32Array(1 << 16);
  private lengths = new Int16Array(1 << 16);
  private variantIds = new Int32Array(1 << 16);
  size = 0;

  constructor(private readonly limit = 4_000_000) {}

  get full(): boolean {
    return this.size >= this.limit;
  }

  add(postings: Postings): void {
    const n = postings.tokens.length;
    if (this.size + n > this.tokens.length) this.grow(this.size + n);
    for (let i = 0; i < n; i++) {
      this.tokens[this.size + i] = postings.tokens[i];
      this.lengths[this.size + i] = postings.lengths[i];
      this.variantIds[this.size + i] = postings.variantIds[i];
    }
    this.size += n;
  }

  clear(): void {
    this.size = 0;
    if (this.tokens.length > 1 << 16) {
      this.tokens = new Int32Array(1 << 16);
      this.lengths = new Int16Array(1 << 16);
      this.variantIds = new Int32Array(1 << 16);
    }
  }

  /** The rows in key order (token, length, then as added: variant ids rise), as COPY binary chunks. */
  *binaryCopy(): Generator<Buffer> {
    const order = this.order();
    const ROWS = 1 << 15;
    const ROW = 2 + 4 + 4 + 4 + 2 + 4 + 4;
    const header = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
    yield Buffer.concat([header, Buffer.alloc(8)]);
    for (let at = 0; at < this.size; at += ROWS) {
      const end = Math.min(this.size, at + ROWS);
      const chunk = Buffer.allocUnsafe((end - at) * ROW);
      const view = new DataView(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      const { tokens, lengths, variantIds } = this;
      for (let i = at, o = 0; i < end; i++, o += ROW) {
        const r = order[i];
        view.setInt16(o, 3);
        view.setInt32(o + 2, 4);
        view.setInt32(o + 6, tokens[r]);
        view.setInt32(o + 10, 2);
        view.setInt16(o + 14, lengths[r]);
        view.setInt32(o + 16, 4);
        view.setInt32(o + 20, variantIds[r]);
      }
      yield chunk;
    }
    const trailer = Buffer.alloc(2);
    trailer.writeInt16BE(-1, 0);
    yield trailer;
  }

  /** Row numbers sorted by (token, length), stable: least-significant-digit radix sort, 16 bits a pass. */
  private order(): Uint32Array {
    const n = this.size;
    let from = new Uint32Array(n);
    for (let i = 0; i < n; i++) from[i] = i;
    let to = new Uint32Array(n);
    const counts = new Uint32Array(1 << 16);
    const digits: ((r: number) => number)[] = [
      (r) => this.lengths[r] & 0xffff,
      (r) => this.tokens[r] & 0xffff,
      (r) => ((this.tokens[r] >>> 16) ^ 0x8000) & 0xffff, // signed order
    ];
    for (const digit of digits) {
      counts.fill(0);
      for (let i = 0; i < n; i++) counts[digit(from[i])]++;
      let sum = 0;
      for (let d = 0; d < counts.length; d++) {
        const c = counts[d];
        counts[d] = sum;
        sum += c;
      }
      for (let i = 0; i < n; i++) {
        const r = from[i];
        to[counts[digit(r)]++] = r;
      }
      [from, to] = [to, from];
    }
    return from;
  }

  private grow(needed: number): void {
    let capacity = this.tokens.length;
    while (capacity < needed) capacity *= 2;
    const tokens = new Int32Array(capacity);
    tokens.set(this.tokens.subarray(0, this.size));
    const lengths = new Int16Array(capacity);
    lengths.set(this.lengths.subarray(0, this.size));
    const variantIds = new Int32Array(capacity);
    variantIds.set(this.variantIds.subarray(0, this.size));
    this.tokens = tokens;
    this.lengths = lengths;
    this.variantIds = variantIds;
  }
}

/** A value in COPY's text format: `\N` for null, backslash, tab and line breaks escaped. */
function copyText(value: string | null): string {
  if (value === null) return '\\N';
  return /[\\\t\n\r]/.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => COPY_ESCAPES[c]) : value;
}

const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function json(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { connectionOf, copyBinary, copyRows } from './copy-rows';
import type { IdRuns } from './id-pool';
import type { PreparedBatch } from './import-batch';
import type { SortedPostings } from './posting-buffer';
import { addFrequencies } from './token-frequencies';

export interface Reservation {
  units: IdRuns;
  variants: IdRuns;
  /** The transaction's time, for variants without a date. */
  now: string;
}

/**
 * The bulk path of a TMX import, through the caller's transaction: ids reserved in blocks, units
 * and variants sent with `COPY … FROM STDIN` (text), the word index with one binary COPY per
 * `PostingBuffer` of grouped rows.
 */
@Injectable()
export class MemoryImportRepository {
  /** Takes ids from the unit and variant sequences, answered as runs of consecutive ids. */
  async reserve(units: number, variants: number, manager: EntityManager): Promise<Reservation> {
    const rows: { kind: 'unit' | 'variant'; first: number; last: number; now: Date }[] = await manager.query(
      `WITH seq AS (SELECT pg_get_serial_sequence('tm_unit', 'id')::regclass AS unit, pg_get_serial_sequence('tm_variant', 'id')::regclass AS variant),
            u AS (SELECT nextval(seq.unit) AS id FROM seq, generate_series(1, $1)),
            v AS (SELECT nextval(seq.variant) AS id FROM seq, generate_series(1, $2))
       SELECT 'unit' AS kind, min(id)::int AS first, max(id)::int AS last, now() AS now
         FROM (SELECT id, id - row_number() OVER (ORDER BY id) AS run FROM u) r GROUP BY run
       UNION ALL
       SELECT 'variant', min(id)::int, max(id)::int, now()
         FROM (SELECT id, id - row_number() OVER (ORDER BY id) AS run FROM v) r GROUP BY run`,
      [units, variants],
    );
    const runs = (kind: string): IdRuns => rows.filter((r) => r.kind === kind).map((r) => [r.first, r.last]);
    return { units: runs('unit'), variants: runs('variant'), now: new Date(rows[0]?.now ?? Date.now()).toISOString() };
  }

  async write(batch: PreparedBatch, manager: EntityManager): Promise<void> {
    const client = await connectionOf(manager);
    await copyRows(client, 'COPY tm_unit (id, project_id, shared, segment_id, meta) FROM STDIN', batch.unitRows);
    await copyRows(client, 'COPY tm_variant (id, unit_id, language, text, word_count, origin, author_name, updated_at, context_hash, locale, meta) FROM STDIN', batch.variantRows);
  }

  /** Writes sorted postings as grouped rows (one per word id and length). */
  async writePostings(postings: SortedPostings, manager: EntityManager): Promise<void> {
    if (postings.size === 0) return;
    await copyBinary(await connectionOf(manager), 'COPY tm_posting (token, length, variant_ids) FROM STDIN (FORMAT binary)', postings.binaryCopy());
  }

  /** Adds word counts (by id) to `tm_token`. */
  writeFrequencies(counts: { tokens: number[]; counts: number[] }, manager: EntityManager): Promise<void> {
    return addFrequencies(manager, counts.tokens, counts.counts);
  }
}

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { runsOf, type IdRuns, type Reservation } from '@interlinea/tm';
import { connectionOf, copyBinary } from './pg-copy';

/**
 * The bulk path of a TMX import, through the caller's transaction: ids reserved in blocks, and rows
 * encoded by `ImportEncoder` sent with `COPY … FROM STDIN`.
 */
@Injectable()
export class MemoryImportRepository {
  /**
   * Records the import of a file and makes it the transaction's import: the units COPY writes take
   * its id (the default of `tm_unit.import_id`), so bulk actions and the memory page find them by file.
   */
  async open(file: { projectId: string; fileName: string; shared: boolean; importedBy: string }, manager: EntityManager): Promise<number> {
    const [{ id }]: { id: number }[] = await manager.query(
      `INSERT INTO tm_import (project_id, file_name, shared, imported_by) VALUES ($1, $2, $3, $4) RETURNING id`,
      [file.projectId, file.fileName, file.shared, file.importedBy],
    );
    await manager.query(`SELECT set_config('interlinea.tm_import', $1, true)`, [String(id)]);
    return id;
  }

  /**
   * Takes ids from the unit and variant sequences (which hand out blocks of 1,000 per connection).
   * Usually they come as one run each; if another connection took a block in between, the ids
   * themselves come back and are cut into runs here.
   */
  async reserve(units: number, variants: number, manager: EntityManager): Promise<Reservation> {
    const rows: { kind: 'unit' | 'variant'; first: string; last: string; count: string; ids: string[] | null; now: Date }[] = await manager.query(
      `WITH seq AS (SELECT pg_get_serial_sequence('tm_unit', 'id')::regclass AS unit, pg_get_serial_sequence('tm_variant', 'id')::regclass AS variant),
            u AS MATERIALIZED (SELECT nextval(seq.unit) AS id FROM seq, generate_series(1, $1)),
            v AS MATERIALIZED (SELECT nextval(seq.variant) AS id FROM seq, generate_series(1, $2)),
            a AS (SELECT 'unit' AS kind, min(id) AS first, max(id) AS last, count(*) AS count FROM u
                  UNION ALL SELECT 'variant', min(id), max(id), count(*) FROM v)
       SELECT kind, first, last, count, now() AS now,
              CASE WHEN last - first + 1 = count THEN NULL
                   WHEN kind = 'unit' THEN (SELECT array_agg(id ORDER BY id) FROM u) ELSE (SELECT array_agg(id ORDER BY id) FROM v) END AS ids
         FROM a`,
      [units, variants],
    );
    const runs = (kind: string): IdRuns => {
      const row = rows.find((r) => r.kind === kind)!;
      return row.ids ? runsOf(row.ids.map(Number)) : [[Number(row.first), Number(row.last)]];
    };
    return { units: runs('unit'), variants: runs('variant'), now: new Date(rows[0]?.now ?? Date.now()).toISOString() };
  }

  /** A batch of units and their variants, as COPY text rows (see `ImportBatch`). */
  async write(batch: { units: Buffer; variants: Buffer }, manager: EntityManager): Promise<void> {
    const client = await connectionOf(manager);
    await copyBinary(client, 'COPY tm_unit (id, project_id, shared, segment_id, meta) FROM STDIN', [batch.units]);
    await copyBinary(
      client,
      'COPY tm_variant (id, unit_id, language, text, word_count, origin, author_name, updated_at, context_hash, locale, meta) FROM STDIN',
      [batch.variants],
    );
  }

  /** Grouped index rows (one per word id and length) as COPY binary chunks (see `SortedPostings`). */
  async writePostings(chunks: Iterable<Buffer> | AsyncIterable<Buffer>, manager: EntityManager): Promise<void> {
    await copyBinary(await connectionOf(manager), 'COPY tm_posting (token, length, variant_ids) FROM STDIN (FORMAT binary)', chunks);
  }

  /** Word counts (word id, count) as COPY text rows, appended to `tm_token`. */
  async writeFrequencies(rows: Buffer, manager: EntityManager): Promise<void> {
    await copyBinary(await connectionOf(manager), 'COPY tm_token (token, frequency) FROM STDIN', [rows]);
  }
}

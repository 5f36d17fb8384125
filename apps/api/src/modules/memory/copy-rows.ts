import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { EntityManager } from 'typeorm';

/** The pg client under a TypeORM transaction, for COPY. */
export async function connectionOf(manager: EntityManager): Promise<PoolClient> {
  if (!manager.queryRunner) throw new Error('COPY needs the transaction of a query runner');
  return (await manager.queryRunner.connect()) as PoolClient;
}

/** Sends rows in COPY's text format (each ending in a line break), a few thousand per write. */
export async function copyRows(client: PoolClient, sql: string, rows: string[]): Promise<void> {
  const CHUNK = 2000;
  const chunks = function* () {
    for (let at = 0; at < rows.length; at += CHUNK) yield rows.slice(at, at + CHUNK).join('');
  };
  await pipeline(Readable.from(chunks()), client.query(copyFrom(sql)));
}

/** Sends a COPY … (FORMAT binary) stream. */
export async function copyBinary(client: PoolClient, sql: string, chunks: Iterable<Buffer>): Promise<void> {
  await pipeline(Readable.from(chunks), client.query(copyFrom(sql)));
}

/** A value in COPY's text format: `\N` for null, backslash, tab and line breaks escaped. */
export function copyText(value: string | null): string {
  if (value === null) return '\\N';
  return /[\\\t\n\r]/.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => COPY_ESCAPES[c]) : value;
}

const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** A JSON column's value, or null. */
export function json(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

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

/** Sends a COPY … FROM STDIN stream (rows already encoded in the statement's format, see `CopyTextRows` and `SortedPostings` in libs/tm). */
export async function copyBinary(client: PoolClient, sql: string, chunks: Iterable<Buffer> | AsyncIterable<Buffer>): Promise<void> {
  await pipeline(Readable.from(chunks), client.query(copyFrom(sql)));
}

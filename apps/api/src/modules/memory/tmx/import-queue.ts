import type { EntityManager } from 'typeorm';
import { IMPORT_LIMITS, type ImportSink, type Reservation } from '@interlinea/tm';
import type { MemoryImportRepository } from './memory-import.repository';

type Store = Pick<MemoryImportRepository, 'reserve' | 'write' | 'writePostings' | 'writeFrequencies'>;

/**
 * The PostgreSQL side of an import: the encoder's rows written in order through the caller's
 * transaction, one statement after the other on its connection, while the encoder goes on; a few
 * writes wait their turn, then the encoder waits. Ids are asked for between two writes.
 */
export class ImportQueue implements ImportSink {
  private tail: Promise<void> = Promise.resolve();
  private readonly queued: Promise<void>[] = [];

  constructor(
    private readonly store: Store,
    private readonly manager: EntityManager,
    private readonly limit = IMPORT_LIMITS.queued,
  ) {}

  reserve(units: number, variants: number): Promise<Reservation> {
    return this.store.reserve(units, variants, this.manager);
  }

  batch(units: Buffer, variants: Buffer): Promise<void> {
    return this.enqueue(() => this.store.write({ units, variants }, this.manager));
  }

  postings(chunks: Iterable<Buffer> | AsyncIterable<Buffer>): Promise<void> {
    return this.enqueue(() => this.store.writePostings(chunks, this.manager));
  }

  frequencies(rows: Buffer): Promise<void> {
    return this.enqueue(() => this.store.writeFrequencies(rows, this.manager));
  }

  /** Resolves when everything handed over is written; rejects with the first failed write. */
  async finish(): Promise<void> {
    await this.tail;
  }

  /** Lets the statement under way end (or fail) before the caller rolls the transaction back. */
  async abandon(): Promise<void> {
    await this.tail.catch(() => undefined);
  }

  private async enqueue(work: () => Promise<void>): Promise<void> {
    this.tail = this.tail.then(work);
    this.tail.catch(() => undefined); // awaited later: here, by `finish` or by `abandon`
    this.queued.push(this.tail);
    while (this.queued.length > this.limit) await this.queued.shift();
  }
}

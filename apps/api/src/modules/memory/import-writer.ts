import { setImmediate } from 'node:timers/promises';
import { TokenIdPrefixes } from '@interlinea/tm';
import type { EntityManager } from 'typeorm';
import { IdPool } from './id-pool';
import { prepareBatch, type PreparedBatch } from './import-batch';
import type { NewUnit } from './memory-index.repository';
import type { MemoryImportRepository } from './memory-import.repository';
import { PostingBuffer } from './posting-buffer';
import { TokenTally } from './token-tally';

export interface ImportLimits {
  /** Postings gathered before they are written (10 bytes each): a few writes of grouped rows per import. */
  postingsPerWrite: number;
  /** Batches prepared and waiting for PostgreSQL: enough to keep it busy while the file is read. */
  queued: number;
  /** Most unit ids reserved at once; blocks grow to it from the first batch's size. */
  reservedUnits: number;
}

/** Units turned into rows at a stretch (a few milliseconds). */
const SLICE = 250;

export const IMPORT_LIMITS: ImportLimits = { postingsPerWrite: 1_000_000, queued: 2, reservedUnits: 40_000 };

type Store = Pick<MemoryImportRepository, 'reserve' | 'write' | 'writePostings' | 'writeFrequencies'>;

/**
 * Stores the batches of a bulk import through one transaction. A batch is turned into COPY rows
 * (JavaScript) while earlier ones are written (PostgreSQL), so both work at once; a few
 * wait their turn. Ids come from blocks reserved ahead, postings are gathered and written sorted
 * as grouped rows (see `PostingBuffer`), word counts once at the end.
 */
export class ImportWriter {
  units = 0;
  variants = 0;
  private readonly ids = { units: new IdPool(), variants: new IdPool() };
  private readonly postings: PostingBuffer;
  private readonly tally = new TokenTally();
  private readonly prefixes = new TokenIdPrefixes();
  private readonly queued: Promise<void>[] = [];
  private tail: Promise<void> = Promise.resolve();
  private reserving: Promise<void> | null = null;
  private reservedUnits = 0;
  private now = '';

  constructor(
    private readonly store: Store,
    private readonly manager: EntityManager,
    private readonly limits: ImportLimits = IMPORT_LIMITS,
  ) {
    this.postings = new PostingBuffer(limits.postingsPerWrite);
  }

  async add(batch: NewUnit[]): Promise<void> {
    if (batch.length === 0) return;
    const variantCount = batch.reduce((n, u) => n + u.variants.length, 0);
    await this.ensureIds(batch.length, variantCount);
    // in slices, giving the event loop back in between: PostgreSQL waits for it between statements
    const prepared: PreparedBatch = { unitRows: [], variantRows: [] };
    for (let at = 0; at < batch.length; at += SLICE) {
      prepareBatch(batch.slice(at, at + SLICE), this.ids, this.postings, this.prefixes, this.now, prepared);
      await setImmediate();
    }
    const sorted = this.postings.full ? this.postings.take() : null;
    if (sorted) {
      const counts = sorted.tokenCounts();
      this.tally.add(counts.tokens, counts.counts);
    }
    const counted = this.tally.full ? this.tally.take() : null;
    this.units += batch.length;
    this.variants += variantCount;
    this.enqueue(async () => {
      await this.store.write(prepared, this.manager);
      if (sorted) await this.store.writePostings(sorted, this.manager);
      if (counted) await this.store.writeFrequencies(counted, this.manager);
    });
    if (this.queued.length > this.limits.queued) await this.queued.shift();
  }

  /** Writes what is left: the queued batches, the last postings and the word counts. */
  async finish(): Promise<void> {
    const last = this.postings.take();
    const counts = last.tokenCounts();
    this.tally.add(counts.tokens, counts.counts);
    const counted = this.tally.take();
    this.enqueue(async () => {
      await this.store.writePostings(last, this.manager);
      await this.store.writeFrequencies(counted, this.manager);
    });
    await this.tail;
  }

  /** Lets the statement under way end (or fail) before the caller rolls the transaction back. */
  async abandon(): Promise<void> {
    await this.tail.catch(() => undefined);
    await this.reserving?.catch(() => undefined);
  }

  private enqueue(work: () => Promise<void>): void {
    this.tail = this.tail.then(work);
    this.tail.catch(() => undefined); // awaited later: by `add`, `finish` or `abandon`
    this.queued.push(this.tail);
  }

  /** Ids for a batch; a new block is asked for while two batches' worth are still left, so batches seldom wait. */
  private async ensureIds(units: number, variants: number): Promise<void> {
    const low = () => this.ids.units.size < 3 * units || this.ids.variants.size < 3 * variants;
    if (!this.reserving && low()) this.reserving = this.reserve(units, variants);
    while (this.ids.units.size < units || this.ids.variants.size < variants) {
      this.reserving ??= this.reserve(units, variants);
      await this.reserving;
    }
  }

  /** Queued behind the statement under way, on the same connection. */
  private reserve(units: number, variants: number): Promise<void> {
    const unitBlock = Math.max(3 * units, Math.min(this.limits.reservedUnits, this.reservedUnits));
    const variantBlock = Math.ceil((unitBlock * variants) / units);
    this.reservedUnits += unitBlock;
    const reserving = this.store.reserve(unitBlock, variantBlock, this.manager).then(
      (reservation) => {
        this.ids.units.add(reservation.units);
        this.ids.variants.add(reservation.variants);
        this.now = reservation.now;
        this.reserving = null;
      },
      (error: unknown) => {
        this.reserving = null;
        throw error;
      },
    );
    reserving.catch(() => undefined);
    return reserving;
  }
}

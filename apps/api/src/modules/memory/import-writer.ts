import { TokenIdPrefixes } from '@interlinea/tm';
import type { EntityManager } from 'typeorm';
import { IdPool } from './id-pool';
import { ImportBatch } from './import-batch';
import type { NewUnit } from './memory-index.repository';
import type { MemoryImportRepository } from './memory-import.repository';
import { PostingBuffer } from './posting-buffer';
import { TokenTally } from './token-tally';

export interface ImportLimits {
  /** Units per COPY: big enough to amortise round trips, small enough to start PostgreSQL early. */
  batchUnits: number;
  /**
   * Postings gathered before they are written (10 bytes each, 22 while sorted): the bigger,
   * the fewer and fuller the index rows (a file of about 100,000 units is written in one go).
   */
  postingsPerWrite: number;
  /** Batches encoded and waiting for PostgreSQL: enough to keep it busy while the file is read. */
  queued: number;
  /** Most unit ids reserved at once; blocks grow to it from the first batch's size. */
  reservedUnits: number;
}

export const IMPORT_LIMITS: ImportLimits = { batchUnits: 5000, postingsPerWrite: 3_000_000, queued: 2, reservedUnits: 40_000 };

type Store = Pick<MemoryImportRepository, 'reserve' | 'write' | 'writePostings' | 'writeFrequencies'>;

/**
 * Stores the units of a bulk import through one transaction. Units are encoded as COPY rows the
 * moment they are read (JavaScript) while earlier batches are written (PostgreSQL), so both work at
 * once; a few batches wait their turn. Ids come from blocks reserved ahead, postings are gathered
 * and written sorted as grouped rows (see `PostingBuffer`), word counts once at the end.
 */
export class ImportWriter {
  units = 0;
  variants = 0;
  private readonly ids = { units: new IdPool(), variants: new IdPool() };
  private readonly postings: PostingBuffer;
  private readonly tally = new TokenTally();
  private readonly prefixes = new TokenIdPrefixes();
  private readonly queued: Promise<void>[] = [];
  private batch: ImportBatch | null = null;
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

  /** Encodes units into the batch under way, sending each batch as it fills. */
  async add(units: Iterable<NewUnit>): Promise<void> {
    for (const unit of units) {
      if (unit.variants.length === 0) continue;
      if (this.ids.units.size === 0 || this.ids.variants.size < unit.variants.length) await this.ensureIds(unit.variants.length);
      this.batch ??= new ImportBatch(this.ids, this.postings, this.prefixes, this.now);
      this.batch.add(unit);
      if (this.batch.size >= this.limits.batchUnits) await this.send();
    }
  }

  /** Writes what is left: the last batch, the queued ones, the last postings and the word counts. */
  async finish(): Promise<void> {
    await this.send();
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

  private async send(): Promise<void> {
    const batch = this.batch;
    this.batch = null;
    if (!batch || batch.size === 0) return;
    this.units += batch.size;
    this.variants += batch.variantCount;
    const sorted = this.postings.full ? this.postings.take() : null;
    if (sorted) {
      const counts = sorted.tokenCounts();
      this.tally.add(counts.tokens, counts.counts);
    }
    const counted = this.tally.full ? this.tally.take() : null;
    this.enqueue(async () => {
      await this.store.write(batch, this.manager);
      if (sorted) await this.store.writePostings(sorted, this.manager);
      if (counted) await this.store.writeFrequencies(counted, this.manager);
    });
    this.reserveAhead(batch);
    if (this.queued.length > this.limits.queued) await this.queued.shift();
  }

  private enqueue(work: () => Promise<void>): void {
    this.tail = this.tail.then(work);
    this.tail.catch(() => undefined); // awaited later: by `send`, `finish` or `abandon`
    this.queued.push(this.tail);
  }

  /** Asks for the next block while the queued batches and a few more still have ids: batches seldom wait. */
  private reserveAhead(batch: ImportBatch): void {
    const ahead = this.limits.queued + 3;
    if (!this.reserving && (this.ids.units.size < ahead * batch.size || this.ids.variants.size < ahead * batch.variantCount)) {
      this.reserving = this.reserve(batch.size, batch.variantCount);
    }
  }

  private async ensureIds(variants: number): Promise<void> {
    while (this.ids.units.size === 0 || this.ids.variants.size < variants) {
      this.reserving ??= this.reserve(this.limits.batchUnits, Math.max(variants, 2) * this.limits.batchUnits);
      await this.reserving;
    }
  }

  /** A block of ids for at least a few batches, growing to `reservedUnits`; queued behind the statement under way, on the same connection. */
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

import type { NewUnit } from '../new-unit';
import { TokenIdPrefixes } from '../postings';
import { CopyTextRows } from './copy-rows';
import { IdPool, type IdRuns } from './id-pool';
import { ImportBatch } from './import-batch';
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

/** Ids taken from the unit and variant sequences, as runs of consecutive ids. */
export interface Reservation {
  units: IdRuns;
  variants: IdRuns;
  /** The transaction's time, for variants without a date. */
  now: string;
}

/**
 * Where an import's encoded rows go, in this order: batches of `tm_unit` and `tm_variant` rows
 * (COPY text), then the word index (COPY binary chunks) and the word counts (COPY text). `batch`
 * resolves when the sink takes more (a few wait their turn); `reserve` answers with ids.
 */
export interface ImportSink {
  reserve(units: number, variants: number): Promise<Reservation>;
  batch(units: Buffer, variants: Buffer): Promise<void>;
  postings(chunks: Iterable<Buffer>): Promise<void>;
  frequencies(rows: Buffer): Promise<void>;
}

/**
 * Turns the units of a bulk import into rows the moment they are read: COPY rows for units and
 * variants in batches, postings gathered and sorted into grouped index rows (see `PostingBuffer`),
 * word counts tallied and written once at the end. Ids come from blocks reserved ahead. The sink
 * writes them (PostgreSQL), meanwhile the encoder goes on with the file.
 */
export class ImportEncoder {
  units = 0;
  variants = 0;
  private readonly ids = { units: new IdPool(), variants: new IdPool() };
  private readonly postings: PostingBuffer;
  private readonly tally = new TokenTally();
  private readonly prefixes = new TokenIdPrefixes();
  private batch: ImportBatch | null = null;
  private reserving: Promise<void> | null = null;
  private reservedUnits = 0;
  private now = '';

  constructor(
    private readonly sink: ImportSink,
    private readonly limits: ImportLimits = IMPORT_LIMITS,
  ) {
    this.postings = new PostingBuffer(limits.postingsPerWrite);
  }

  /** Encodes units into the batch under way, handing each batch to the sink as it fills. */
  async add(units: Iterable<NewUnit>): Promise<void> {
    for (const unit of units) {
      if (unit.variants.length === 0) continue;
      if (this.ids.units.size === 0 || this.ids.variants.size < unit.variants.length) await this.ensureIds(unit.variants.length);
      this.batch ??= new ImportBatch(this.ids, this.postings, this.prefixes, this.now);
      this.batch.add(unit);
      if (this.batch.size >= this.limits.batchUnits) await this.send();
    }
  }

  /** Hands over what is left: the last batch, the last postings and the word counts. */
  async finish(): Promise<void> {
    await this.send();
    await this.flushPostings();
    const counted = this.tally.take();
    const rows = new CopyTextRows(Math.max(64, counted.tokens.length * 20));
    for (let i = 0; i < counted.tokens.length; i++) rows.int(counted.tokens[i]).int(counted.counts[i], true);
    if (rows.rows > 0) await this.sink.frequencies(rows.content);
    await this.reserving?.catch(() => undefined);
  }

  private async send(): Promise<void> {
    const batch = this.batch;
    this.batch = null;
    if (!batch || batch.size === 0) return;
    this.units += batch.size;
    this.variants += batch.variantCount;
    this.reserveAhead(batch);
    await this.sink.batch(batch.units.content, batch.variants.content);
    if (this.postings.full) await this.flushPostings();
  }

  /** Postings go first (each bucket sorted as it is sent), then their counts are tallied. */
  private async flushPostings(): Promise<void> {
    const sorted = this.postings.take();
    if (sorted.size === 0) return;
    await this.sink.postings(sorted.binaryCopy());
    const counts = sorted.tokenCounts();
    this.tally.add(counts.tokens, counts.counts);
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

  /** A block of ids for at least a few batches, growing to `reservedUnits`. */
  private reserve(units: number, variants: number): Promise<void> {
    const unitBlock = Math.max(3 * units, Math.min(this.limits.reservedUnits, this.reservedUnits));
    const variantBlock = Math.ceil((unitBlock * variants) / units);
    this.reservedUnits += unitBlock;
    const reserving = this.sink.reserve(unitBlock, variantBlock).then(
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

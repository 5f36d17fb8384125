import { MAX_GROUP_IDS, type PostingSink } from '../postings';
import { TokenTally } from './token-tally';

const INT4_OID = 23;
/** Postings are kept by the top byte of their word id, in 256 buckets sorted one by one. */
const BUCKETS = 256;
/** Lengths up to this fit a bucket's 8 bits; longer variants (rare) are kept aside. */
const LONGEST_IN_BUCKET = 0xff;

/**
 * One bucket: postings as 64-bit keys — high half (low 24 bits of the word id, length), low half
 * the variant id — so that a native sort of the keys orders them by word id, length, variant id.
 */
class Bucket {
  keys = new BigUint64Array(1024);
  halves = new Uint32Array(this.keys.buffer);
  size = 0;

  add(high: number, variantId: number): void {
    if (this.size === this.keys.length) {
      const keys = new BigUint64Array(this.keys.length * 2);
      keys.set(this.keys);
      this.keys = keys;
      this.halves = new Uint32Array(keys.buffer);
    }
    this.halves[2 * this.size] = variantId;
    this.halves[2 * this.size + 1] = high;
    this.size++;
  }
}

/**
 * Postings of a bulk import (8 bytes each), gathered over many batches, so that they reach
 * `tm_posting` as grouped rows: one row per (word id, length) holding the ids of its variants (at
 * most MAX_GROUP_IDS a row). `full` says when to write them out.
 */
export class PostingBuffer implements PostingSink {
  private buckets = fresh();
  private long: [token: number, length: number, variantId: number][] = [];
  size = 0;

  constructor(
    private readonly limit = 4_000_000,
    private readonly maxIds = MAX_GROUP_IDS,
  ) {}

  get full(): boolean {
    return this.size >= this.limit;
  }

  add(token: number, length: number, variantId: number): void {
    if (length > LONGEST_IN_BUCKET) this.long.push([token, length, variantId]);
    else this.buckets[token >>> 24].add((((token & 0xffffff) << 8) | length) >>> 0, variantId);
    this.size++;
  }

  /** The postings gathered so far, to write; the buffer starts again empty. */
  take(): SortedPostings {
    const taken = new SortedPostings(this.buckets, this.long, this.size, this.maxIds);
    this.buckets = fresh();
    this.long = [];
    this.size = 0;
    return taken;
  }
}

const fresh = () => Array.from({ length: BUCKETS }, () => new Bucket());

/**
 * Postings in key order (word id, length, variant id), each bucket sorted when it is first read:
 * `binaryCopy` hands the first rows to PostgreSQL while the later buckets are still unsorted.
 */
export class SortedPostings {
  private readonly sorted = new Set<Bucket>();

  constructor(
    private readonly buckets: Bucket[],
    private readonly long: [token: number, length: number, variantId: number][],
    readonly size: number,
    private readonly maxIds: number,
  ) {
    long.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
  }

  /** The index rows (token int4, length int2, variant_ids int4[]) as COPY binary chunks. */
  *binaryCopy(): Generator<Buffer> {
    const header = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
    yield Buffer.concat([header, Buffer.alloc(8)]);
    const rows = new RowWriter(this.maxIds);
    for (const top of signedOrder()) {
      const bucket = this.sort(this.buckets[top]);
      const { halves, size } = bucket;
      for (let at = 0; at < size;) {
        const high = halves[2 * at + 1];
        let end = at + 1;
        while (end < size && halves[2 * end + 1] === high) end++;
        yield* rows.write((top << 24) | (high >>> 8), high & 0xff, (i) => halves[2 * i], at, end);
        at = end;
      }
    }
    const long = this.long;
    for (let at = 0; at < long.length;) {
      const [token, length] = long[at];
      let end = at + 1;
      while (end < long.length && long[end][0] === token && long[end][1] === length) end++;
      yield* rows.write(token, length, (i) => long[i][2], at, end);
      at = end;
    }
    yield* rows.end();
  }

  /** How many postings each word id has, in word id order. */
  tokenCounts(): { tokens: Int32Array; counts: Int32Array } {
    // buckets hold disjoint word ids, in order: their counts line up; the long variants' merge in
    const tokens: number[] = [];
    const counts: number[] = [];
    for (const top of signedOrder()) {
      const { halves, size } = this.sort(this.buckets[top]);
      for (let at = 0; at < size;) {
        const token = halves[2 * at + 1] >>> 8;
        let end = at + 1;
        while (end < size && halves[2 * end + 1] >>> 8 === token) end++;
        tokens.push((top << 24) | token);
        counts.push(end - at);
        at = end;
      }
    }
    const tally = new TokenTally();
    tally.add(tokens, counts);
    const longTokens: number[] = [];
    const longCounts: number[] = [];
    for (const [token] of this.long) {
      if (longTokens[longTokens.length - 1] === token) {
        longCounts[longCounts.length - 1]++;
      } else {
        longTokens.push(token);
        longCounts.push(1);
      }
    }
    tally.add(longTokens, longCounts);
    return tally.take();
  }

  private sort(bucket: Bucket): Bucket {
    if (!this.sorted.has(bucket)) {
      bucket.keys.subarray(0, bucket.size).sort();
      this.sorted.add(bucket);
    }
    return bucket;
  }
}

/** Top bytes of word ids in signed order: the negative ids (top bit set) first. */
function* signedOrder(): Generator<number> {
  for (let top = 0x80; top < 0x100; top++) yield top;
  for (let top = 0; top < 0x80; top++) yield top;
}

/** Index rows into COPY binary chunks of about 1 MB, a key's ids split into rows of at most `maxIds`. */
class RowWriter {
  private chunk = Buffer.allocUnsafe(1 << 20);
  private view = new DataView(this.chunk.buffer, this.chunk.byteOffset, this.chunk.byteLength);
  private o = 0;

  constructor(private readonly maxIds: number) {}

  *write(token: number, length: number, idAt: (i: number) => number, from: number, to: number): Generator<Buffer> {
    for (let at = from; at < to; at += this.maxIds) {
      const count = Math.min(this.maxIds, to - at);
      const rowBytes = 40 + 8 * count;
      if (this.o + rowBytes > this.chunk.length) yield* this.flush(rowBytes);
      const view = this.view;
      let o = this.o;
      view.setInt16(o, 3);
      view.setInt32(o + 2, 4);
      view.setInt32(o + 6, token);
      view.setInt32(o + 10, 2);
      view.setInt16(o + 14, length);
      view.setInt32(o + 16, 20 + 8 * count);
      view.setInt32(o + 20, 1); // dimensions
      view.setInt32(o + 24, 0); // no nulls
      view.setInt32(o + 28, INT4_OID);
      view.setInt32(o + 32, count);
      view.setInt32(o + 36, 1); // lower bound
      o += 40;
      for (let i = at; i < at + count; i++, o += 8) {
        view.setInt32(o, 4);
        view.setInt32(o + 4, idAt(i));
      }
      this.o = o;
    }
  }

  *end(): Generator<Buffer> {
    if (this.o > 0) yield this.chunk.subarray(0, this.o);
    const trailer = Buffer.alloc(2);
    trailer.writeInt16BE(-1, 0);
    yield trailer;
  }

  private *flush(room: number): Generator<Buffer> {
    if (this.o > 0) yield this.chunk.subarray(0, this.o);
    this.chunk = Buffer.allocUnsafe(Math.max(1 << 20, room));
    this.view = new DataView(this.chunk.buffer, this.chunk.byteOffset, this.chunk.byteLength);
    this.o = 0;
  }
}

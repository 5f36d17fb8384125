import { MAX_GROUP_IDS, type PostingSink } from '@interlinea/tm';

const INT4_OID = 23;

/**
 * Postings of a bulk import, gathered over many batches in typed arrays (10 bytes each), so that
 * they reach `tm_posting` in one sorted pass as grouped rows: one row per (word id, length) holding
 * the ids of its variants (at most MAX_GROUP_IDS a row). `full` says when to write them out.
 */
export class PostingBuffer implements PostingSink {
  private tokens = new Int32Array(1 << 16);
  private lengths = new Int16Array(1 << 16);
  private variantIds = new Int32Array(1 << 16);
  size = 0;

  constructor(
    private readonly limit = 4_000_000,
    private readonly maxIds = MAX_GROUP_IDS,
  ) {}

  get full(): boolean {
    return this.size >= this.limit;
  }

  add(token: number, length: number, variantId: number): void {
    if (this.size === this.tokens.length) this.grow();
    this.tokens[this.size] = token;
    this.lengths[this.size] = length;
    this.variantIds[this.size] = variantId;
    this.size++;
  }

  /** The postings gathered so far, sorted, ready to write; the buffer starts again empty. */
  take(): SortedPostings {
    const sorted = new SortedPostings(this.tokens, this.lengths, this.variantIds, this.size, this.maxIds);
    this.tokens = new Int32Array(1 << 16);
    this.lengths = new Int16Array(1 << 16);
    this.variantIds = new Int32Array(1 << 16);
    this.size = 0;
    return sorted;
  }

  private grow(): void {
    const capacity = this.tokens.length * 2;
    const tokens = new Int32Array(capacity);
    tokens.set(this.tokens);
    const lengths = new Int16Array(capacity);
    lengths.set(this.lengths);
    const variantIds = new Int32Array(capacity);
    variantIds.set(this.variantIds);
    this.tokens = tokens;
    this.lengths = lengths;
    this.variantIds = variantIds;
  }
}

/** Postings in key order (token, length, then as added: variant ids rise in an import). */
export class SortedPostings {
  private readonly order: Uint32Array;

  constructor(
    private readonly tokens: Int32Array,
    private readonly lengths: Int16Array,
    private readonly variantIds: Int32Array,
    readonly size: number,
    private readonly maxIds: number,
  ) {
    this.order = radixOrder(tokens, lengths, size);
  }

  /** The index rows (token int4, length int2, variant_ids int4[]) as COPY binary chunks. */
  *binaryCopy(): Generator<Buffer> {
    const { order, tokens, lengths, variantIds, size } = this;
    const header = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
    yield Buffer.concat([header, Buffer.alloc(8)]);
    const CHUNK = 1 << 20;
    let chunk = Buffer.allocUnsafe(CHUNK);
    let view = new DataView(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let o = 0;
    let at = 0;
    while (at < size) {
      const first = order[at];
      const token = tokens[first];
      const length = lengths[first];
      let end = at + 1;
      while (end < size && end - at < this.maxIds && tokens[order[end]] === token && lengths[order[end]] === length) end++;
      const count = end - at;
      const rowBytes = 2 + 8 + 6 + 4 + 20 + 8 * count;
      if (o + rowBytes > chunk.length) {
        yield chunk.subarray(0, o);
        chunk = Buffer.allocUnsafe(Math.max(CHUNK, rowBytes));
        view = new DataView(chunk.buffer, chunk.byteOffset, chunk.byteLength);
        o = 0;
      }
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
      for (let i = at; i < end; i++, o += 8) {
        view.setInt32(o, 4);
        view.setInt32(o + 4, variantIds[order[i]]);
      }
      at = end;
    }
    if (o > 0) yield chunk.subarray(0, o);
    const trailer = Buffer.alloc(2);
    trailer.writeInt16BE(-1, 0);
    yield trailer;
  }

  /** How many postings each word id has, by id. */
  tokenCounts(): { tokens: Int32Array; counts: Int32Array } {
    const tokens = new Int32Array(this.size);
    const counts = new Int32Array(this.size);
    let k = 0;
    for (let at = 0; at < this.size; ) {
      const token = this.tokens[this.order[at]];
      let end = at + 1;
      while (end < this.size && this.tokens[this.order[end]] === token) end++;
      tokens[k] = token;
      counts[k++] = end - at;
      at = end;
    }
    return { tokens: tokens.subarray(0, k), counts: counts.subarray(0, k) };
  }
}

/** Row numbers sorted by (token, length), stable: least-significant-digit radix sort, 16 bits a pass. */
function radixOrder(tokens: Int32Array, lengths: Int16Array, n: number): Uint32Array {
  const rows = new Uint32Array(n);
  for (let i = 0; i < n; i++) rows[i] = i;
  const spare = new Uint32Array(n);
  const counts = new Uint32Array(1 << 16);
  // length, then the low half of the token, then its high half (sign bit flipped: signed order)
  pass(rows, spare, counts, (r) => lengths[r] & 0xffff);
  pass(spare, rows, counts, (r) => tokens[r] & 0xffff);
  pass(rows, spare, counts, (r) => ((tokens[r] >>> 16) ^ 0x8000) & 0xffff);
  return spare;
}

/** One counting-sort pass of `from` into `to` by a 16-bit digit. */
function pass(from: Uint32Array, to: Uint32Array, counts: Uint32Array, digit: (row: number) => number): void {
  const n = from.length;
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
}

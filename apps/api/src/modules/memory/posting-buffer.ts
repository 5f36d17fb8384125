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

  /** Doubles, but not far past the limit: a batch or so of postings beyond it. */
  private grow(): void {
    const cap = this.limit + (1 << 17);
    const capacity = this.tokens.length < cap ? Math.min(this.tokens.length * 2, cap) : this.tokens.length * 2;
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
  private readonly tokens: Int32Array;
  private readonly lengths: Int16Array;
  private readonly variantIds: Int32Array;

  constructor(
    tokens: Int32Array,
    lengths: Int16Array,
    variantIds: Int32Array,
    readonly size: number,
    private readonly maxIds: number,
  ) {
    const sorted = radixSort({ tokens: tokens.subarray(0, size), lengths: lengths.subarray(0, size), variantIds: variantIds.subarray(0, size) });
    this.tokens = sorted.tokens;
    this.lengths = sorted.lengths;
    this.variantIds = sorted.variantIds;
  }

  /** The index rows (token int4, length int2, variant_ids int4[]) as COPY binary chunks. */
  *binaryCopy(): Generator<Buffer> {
    const { tokens, lengths, variantIds, size } = this;
    const header = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
    yield Buffer.concat([header, Buffer.alloc(8)]);
    const CHUNK = 1 << 20;
    let chunk = Buffer.allocUnsafe(CHUNK);
    let view = new DataView(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let o = 0;
    let at = 0;
    while (at < size) {
      const token = tokens[at];
      const length = lengths[at];
      let end = at + 1;
      while (end < size && end - at < this.maxIds && tokens[end] === token && lengths[end] === length) end++;
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
        view.setInt32(o + 4, variantIds[i]);
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
      const token = this.tokens[at];
      let end = at + 1;
      while (end < this.size && this.tokens[end] === token) end++;
      tokens[k] = token;
      counts[k++] = end - at;
      at = end;
    }
    return { tokens: tokens.subarray(0, k), counts: counts.subarray(0, k) };
  }
}

interface Columns {
  tokens: Int32Array;
  lengths: Int16Array;
  variantIds: Int32Array;
}

/**
 * Postings sorted by (token, length), stable: a least-significant-digit radix sort, 16 bits a pass,
 * moving whole postings so that every pass (and the COPY after it) reads memory in order.
 */
function radixSort(columns: Columns): Columns {
  const n = columns.tokens.length;
  let from = columns;
  let to: Columns = { tokens: new Int32Array(n), lengths: new Int16Array(n), variantIds: new Int32Array(n) };
  const digits = new Uint16Array(n);
  const starts = new Uint32Array(1 << 16);
  // length, then the low half of the token, then its high half (sign bit flipped: signed order)
  for (const digit of ['length', 'low', 'high'] as const) {
    const { tokens, lengths } = from;
    if (digit === 'length') for (let i = 0; i < n; i++) digits[i] = lengths[i] & 0xffff;
    else if (digit === 'low') for (let i = 0; i < n; i++) digits[i] = tokens[i] & 0xffff;
    else for (let i = 0; i < n; i++) digits[i] = ((tokens[i] >>> 16) ^ 0x8000) & 0xffff;
    scatter(from, to, digits, starts);
    [from, to] = [to, from];
  }
  return from;
}

/** One counting-sort pass of `from` into `to` by the postings' digits. */
function scatter(from: Columns, to: Columns, digits: Uint16Array, starts: Uint32Array): void {
  const n = digits.length;
  starts.fill(0);
  for (let i = 0; i < n; i++) starts[digits[i]]++;
  let sum = 0;
  for (let d = 0; d < starts.length; d++) {
    const c = starts[d];
    starts[d] = sum;
    sum += c;
  }
  for (let i = 0; i < n; i++) {
    const at = starts[digits[i]]++;
    to.tokens[at] = from.tokens[i];
    to.lengths[at] = from.lengths[i];
    to.variantIds[at] = from.variantIds[i];
  }
}

/**
 * Word-id counts of a bulk import, merged flush after flush (both sides sorted by id) so that
 * `tm_token` gets one row per word id at the end instead of one per flush; written early if it grows
 * past `limit` ids, to keep memory flat on huge files.
 */
export class TokenTally {
  private tokens = new Int32Array(0);
  private counts = new Int32Array(0);

  constructor(private readonly limit = 2_000_000) {}

  get size(): number {
    return this.tokens.length;
  }

  get full(): boolean {
    return this.tokens.length >= this.limit;
  }

  /** Adds counts of ids in ascending order. */
  add(tokens: ArrayLike<number>, counts: ArrayLike<number>): void {
    const a = this.tokens;
    const n = a.length;
    const m = tokens.length;
    const merged = new Int32Array(n + m);
    const sums = new Int32Array(n + m);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < n || j < m) {
      if (j >= m || (i < n && a[i] < tokens[j])) {
        merged[k] = a[i];
        sums[k++] = this.counts[i++];
      } else if (i >= n || tokens[j] < a[i]) {
        merged[k] = tokens[j];
        sums[k++] = counts[j++];
      } else {
        merged[k] = a[i];
        sums[k++] = this.counts[i++] + counts[j++];
      }
    }
    this.tokens = merged.subarray(0, k);
    this.counts = sums.subarray(0, k);
  }

  /** The counts so far, by id; the tally starts again empty. */
  take(): { tokens: Int32Array; counts: Int32Array } {
    const taken = { tokens: this.tokens, counts: this.counts };
    this.tokens = new Int32Array(0);
    this.counts = new Int32Array(0);
    return taken;
  }
}

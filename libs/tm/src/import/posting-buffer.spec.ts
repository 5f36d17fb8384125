import { PostingBuffer } from './posting-buffer';

type Row = [token: number, length: number, variantIds: number[]];

/** Rows of a COPY binary stream of (int4, int2, int4[]). */
function decode(chunks: Buffer[]): Row[] {
  const all = Buffer.concat(chunks);
  expect(all.subarray(0, 11).toString('latin1')).toBe('PGCOPY\n\xff\r\n\0');
  const rows: Row[] = [];
  let o = 19;
  while (all.readInt16BE(o) !== -1) {
    if (all.readInt16BE(o) !== 3 || all.readInt32BE(o + 2) !== 4 || all.readInt32BE(o + 10) !== 2) throw new Error(`bad row at ${o}`);
    const token = all.readInt32BE(o + 6);
    const length = all.readInt16BE(o + 14);
    const bytes = all.readInt32BE(o + 16);
    const a = o + 20;
    expect([all.readInt32BE(a), all.readInt32BE(a + 4), all.readInt32BE(a + 8), all.readInt32BE(a + 16)]).toEqual([1, 0, 23, 1]);
    const count = all.readInt32BE(a + 12);
    expect(bytes).toBe(20 + 8 * count);
    const ids: number[] = [];
    for (let i = 0; i < count; i++) {
      if (all.readInt32BE(a + 20 + 8 * i) !== 4) throw new Error(`bad element length at ${a + 20 + 8 * i}`);
      ids.push(all.readInt32BE(a + 24 + 8 * i));
    }
    rows.push([token, length, ids]);
    o = a + bytes;
  }
  expect(o + 2).toBe(all.length);
  return rows;
}

function add(buffer: PostingBuffer, postings: { tokens: number[]; lengths: number[]; variantIds: number[] }): void {
  postings.tokens.forEach((token, i) => buffer.add(token, postings.lengths[i], postings.variantIds[i]));
}

describe('PostingBuffer', () => {
  it('gathers postings over batches and writes one row per (token, length) in key order as COPY binary', () => {
    const buffer = new PostingBuffer(5);
    add(buffer, { tokens: [5, -3, 70000, -2147483648], lengths: [2, 4, 1, 3], variantIds: [1, 1, 1, 1] });
    expect(buffer.full).toBe(false);
    add(buffer, { tokens: [5, 5, -3, 2147483647, 70000], lengths: [1, 2, 4, 9, 1], variantIds: [2, 3, 4, 5, 6] });
    expect(buffer.full).toBe(true);
    expect(buffer.size).toBe(9);
    const sorted = buffer.take();
    expect(decode([...sorted.binaryCopy()])).toEqual([
      [-2147483648, 3, [1]],
      [-3, 4, [1, 4]],
      [5, 1, [2]],
      [5, 2, [1, 3]],
      [70000, 1, [1, 6]],
      [2147483647, 9, [5]],
    ]);
    const counts = sorted.tokenCounts();
    expect([Array.from(counts.tokens), Array.from(counts.counts)]).toEqual([
      [-2147483648, -3, 5, 70000, 2147483647],
      [1, 2, 3, 2, 1],
    ]);
    expect(buffer.size).toBe(0);
    expect(decode([...buffer.take().binaryCopy()])).toEqual([]);
  });

  it('keeps the postings of very long variants apart and still counts them with the others', () => {
    const buffer = new PostingBuffer(100);
    add(buffer, { tokens: [5, 5, 5, -9, 5], lengths: [300, 3, 300, 256, 255], variantIds: [8, 1, 7, 2, 3] });
    const sorted = buffer.take();
    const rows = decode([...sorted.binaryCopy()]);
    expect(rows.sort((a, b) => a[0] - b[0] || a[1] - b[1])).toEqual([
      [-9, 256, [2]],
      [5, 3, [1]],
      [5, 255, [3]],
      [5, 300, [7, 8]],
    ]);
    const counts = sorted.tokenCounts();
    expect([Array.from(counts.tokens), Array.from(counts.counts)]).toEqual([
      [-9, 5],
      [1, 4],
    ]);
  });

  it('grows past its first capacity, keeps every posting, and caps the ids of a row', () => {
    const buffer = new PostingBuffer(Infinity, 50);
    const n = 70_000;
    const tokens = Array.from({ length: n }, (_, i) => (i * 7919) % 1000);
    add(buffer, { tokens, lengths: tokens.map(() => 1), variantIds: tokens.map((_, i) => i) });
    const rows = decode([...buffer.take().binaryCopy()]);
    expect(rows.reduce((sum, [, , ids]) => sum + ids.length, 0)).toBe(n);
    expect(Math.max(...rows.map(([, , ids]) => ids.length))).toBe(50);
    expect(rows).toHaveLength(1000 * Math.ceil(70 / 50));
    const unordered = rows.findIndex((row, i) => i > 0 && rows[i - 1][0] > row[0]);
    expect(unordered).toBe(-1);
    expect(rows.every(([token, , ids]) => ids.every((id, i) => (id * 7919) % 1000 === token && (i === 0 || ids[i - 1] < id)))).toBe(true);
  });
});

import { PostingBuffer } from './memory-index.repository';

/** Rows of a COPY binary stream of (int4, int2, int4). */
function decode(chunks: Buffer[]): [number, number, number][] {
  const all = Buffer.concat(chunks);
  expect(all.subarray(0, 11).toString('latin1')).toBe('PGCOPY\n\xff\r\n\0');
  const rows: [number, number, number][] = [];
  let o = 19;
  while (all.readInt16BE(o) !== -1) {
    if (all.readInt16BE(o) !== 3 || all.readInt32BE(o + 2) !== 4 || all.readInt32BE(o + 10) !== 2 || all.readInt32BE(o + 16) !== 4) throw new Error(`bad row at ${o}`);
    rows.push([all.readInt32BE(o + 6), all.readInt16BE(o + 14), all.readInt32BE(o + 20)]);
    o += 24;
  }
  expect(o + 2).toBe(all.length);
  return rows;
}

describe('PostingBuffer', () => {
  it('gathers postings over batches and writes them in key order (token, length, variant) as COPY binary', () => {
    const buffer = new PostingBuffer(5);
    buffer.add({ tokens: [5, -3, 70000, -2147483648], lengths: [2, 4, 1, 3], variantIds: [1, 1, 1, 1] });
    expect(buffer.full).toBe(false);
    buffer.add({ tokens: [5, 5, -3, 2147483647, 70000], lengths: [1, 2, 4, 9, 1], variantIds: [2, 3, 4, 5, 6] });
    expect(buffer.full).toBe(true);
    expect(buffer.size).toBe(9);
    expect(decode([...buffer.binaryCopy()])).toEqual([
      [-2147483648, 3, 1],
      [-3, 4, 1],
      [-3, 4, 4],
      [5, 1, 2],
      [5, 2, 1],
      [5, 2, 3],
      [70000, 1, 1],
      [70000, 1, 6],
      [2147483647, 9, 5],
    ]);
    buffer.clear();
    expect(buffer.size).toBe(0);
    expect(decode([...buffer.binaryCopy()])).toEqual([]);
  });

  it('grows past its first capacity', () => {
    const buffer = new PostingBuffer();
    const n = 70_000;
    const tokens = Array.from({ length: n }, (_, i) => (i * 7919) % 1000);
    buffer.add({ tokens, lengths: tokens.map(() => 1), variantIds: tokens.map((_, i) => i) });
    const rows = decode([...buffer.binaryCopy()]);
    expect(rows).toHaveLength(n);
    const unordered = rows.findIndex((row, i) => i > 0 && !(rows[i - 1][0] < row[0] || (rows[i - 1][0] === row[0] && rows[i - 1][2] < row[2])));
    expect(unordered).toBe(-1);
  });
});

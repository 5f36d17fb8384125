import { CopyTextRows } from './copy-rows';

describe('CopyTextRows', () => {
  it('writes fields in COPY text format: escapes, nulls, integers of any size, rows ending in a line break', () => {
    const rows = new CopyTextRows(8); // grows as it goes
    rows.int(0).int(7).int(10).int(4294967295).int(-42).int(-2147483647).int(-2147483648).int(null, true);
    rows.text('Öl\\Straße\tzwei\nZeilen\r').text(null).ascii('2026-11-25T00:00:00.000Z').text('Привет, мир', true);
    expect(rows.rows).toBe(2);
    expect(rows.content.toString('utf8')).toBe(
      '0\t7\t10\t4294967295\t-42\t-2147483647\t-2147483648\t\\N\n' + 'Öl\\\\Straße\\tzwei\\nZeilen\\r\t\\N\t2026-11-25T00:00:00.000Z\tПривет, мир\n',
    );
    expect(rows.byteLength).toBe(rows.content.length);
  });
});

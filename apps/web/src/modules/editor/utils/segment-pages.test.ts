import type { SegmentRow } from '@interlinea/shared';
import { NEXT_PAGE, pageOutcome, readRemainingPages } from './segment-pages';

const rows = (from: number, count: number) => Array.from({ length: count }, (_, i) => ({ index: from + i }) as SegmentRow);

describe('reading the segment list in pages', () => {
  it('tells a full page, a short last page, and a server that answered everything at once', () => {
    expect(pageOutcome(rows(0, 100), 100)).toBe('more');
    expect(pageOutcome(rows(0, 40), 100)).toBe('complete');
    expect(pageOutcome(rows(0, 500), 100)).toBe('whole-list');
  });

  it('reads the pages after the first in order until a short one, appending each', async () => {
    const total = 100 + 2 * NEXT_PAGE + 7;
    const asked: number[] = [];
    const got: SegmentRow[] = [];
    const complete = await readRemainingPages(
      async (offset, limit) => {
        asked.push(offset);
        return rows(offset, Math.max(0, Math.min(limit, total - offset)));
      },
      100,
      (page) => got.push(...page),
      () => true,
    );
    expect(complete).toBe(true);
    expect(asked).toEqual([100, 100 + NEXT_PAGE, 100 + 2 * NEXT_PAGE]);
    expect(got.map((r) => r.index)).toEqual(Array.from({ length: total - 100 }, (_, i) => 100 + i));
  });

  it('stops appending once the list was reloaded', async () => {
    let current = true;
    const got: SegmentRow[] = [];
    const complete = await readRemainingPages(
      async (offset) => {
        current = false;
        return rows(offset, NEXT_PAGE);
      },
      100,
      (page) => got.push(...page),
      () => current,
    );
    expect(complete).toBe(false);
    expect(got).toEqual([]);
  });
});

import { TokenTally } from './token-tally';

describe('TokenTally', () => {
  it('merges sorted counts, adding those of the same id, and empties on take', () => {
    const tally = new TokenTally(4);
    tally.add([-5, 2, 9], [1, 2, 3]);
    tally.add([-7, 2, 10], [4, 5, 6]);
    expect(tally.size).toBe(5);
    expect(tally.full).toBe(true);
    const taken = tally.take();
    expect([Array.from(taken.tokens), Array.from(taken.counts)]).toEqual([
      [-7, -5, 2, 9, 10],
      [4, 1, 7, 3, 6],
    ]);
    expect(tally.size).toBe(0);
    tally.add([1], [1]);
    const last = tally.take();
    expect([Array.from(last.tokens), Array.from(last.counts)]).toEqual([[1], [1]]);
  });
});

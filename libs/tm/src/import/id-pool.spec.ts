import { IdPool, runsOf } from './id-pool';

describe('IdPool', () => {
  it('hands out the reserved ids in order, across runs and reservations, and refuses when empty', () => {
    const pool = new IdPool();
    pool.add([
      [5, 7],
      [10, 10],
    ]);
    expect(pool.size).toBe(4);
    expect([pool.take(), pool.take(), pool.take()]).toEqual([5, 6, 7]);
    pool.add([[20, 21]]);
    expect([pool.take(), pool.take(), pool.take()]).toEqual([10, 20, 21]);
    expect(pool.size).toBe(0);
    expect(() => pool.take()).toThrow(/reserve/);
  });

  it('cuts ids that another connection interrupted into runs', () => {
    expect(runsOf([1, 2, 3, 1001, 1002, 2500])).toEqual([
      [1, 3],
      [1001, 1002],
      [2500, 2500],
    ]);
    expect(runsOf([])).toEqual([]);
  });
});

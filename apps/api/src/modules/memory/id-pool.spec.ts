import { IdPool } from './id-pool';

describe('IdPool', () => {
  it('hands out the reserved ids in order, across runs and reservations, and refuses when empty', () => {
    const pool = new IdPool();
    pool.add([[5, 7], [10, 10]]);
    expect(pool.size).toBe(4);
    expect([pool.take(), pool.take(), pool.take()]).toEqual([5, 6, 7]);
    pool.add([[20, 21]]);
    expect([pool.take(), pool.take(), pool.take()]).toEqual([10, 20, 21]);
    expect(pool.size).toBe(0);
    expect(() => pool.take()).toThrow(/reserve/);
  });
});

import { firstRowsShown, markFirstRowsShown } from './first-rows-shown';

describe('waiting for the first rows of every column before reading the rest', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('waits until the grid shows its first rows, at once once it does, and again after the grid is gone', async () => {
    let released = false;
    void firstRowsShown('doc-1').then(() => (released = true));
    await Promise.resolve();
    expect(released).toBe(false);
    markFirstRowsShown('doc-1', true);
    await Promise.resolve();
    expect(released).toBe(true);
    await expect(firstRowsShown('doc-1')).resolves.toBeUndefined();

    markFirstRowsShown('doc-1', false);
    let again = false;
    void firstRowsShown('doc-1').then(() => (again = true));
    await Promise.resolve();
    expect(again).toBe(false);
    markFirstRowsShown('doc-1', true);
  });

  it('does not wait for ever when the grid never comes', async () => {
    let released = false;
    void firstRowsShown('doc-2').then(() => (released = true));
    jest.advanceTimersByTime(2999);
    await Promise.resolve();
    expect(released).toBe(false);
    jest.advanceTimersByTime(1);
    await Promise.resolve();
    expect(released).toBe(true);
  });
});

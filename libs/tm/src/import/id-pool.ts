/** Runs of consecutive ids, first and last included. */
export type IdRuns = [first: number, last: number][];

/**
 * Ids taken from a sequence ahead of use, handed out one by one. A bulk import reserves them in
 * blocks, one round trip for many batches; runs cover ids another writer took in between.
 */
export class IdPool {
  private runs: IdRuns = [];
  private at = 0;
  size = 0;

  add(runs: IdRuns): void {
    for (const [first, last] of runs) {
      this.runs.push([first, last]);
      this.size += last - first + 1;
    }
  }

  take(): number {
    if (this.size === 0) throw new Error('no ids left: reserve more first');
    const run = this.runs[this.at];
    const id = run[0]++;
    if (run[0] > run[1]) this.at++;
    this.size--;
    if (this.at > 64) {
      this.runs = this.runs.slice(this.at);
      this.at = 0;
    }
    return id;
  }
}

/** Ascending ids cut into runs of consecutive ones. */
export function runsOf(ids: number[]): IdRuns {
  const runs: IdRuns = [];
  for (const id of ids) {
    const run = runs[runs.length - 1];
    if (run && run[1] + 1 === id) run[1] = id;
    else runs.push([id, id]);
  }
  return runs;
}

// Monotone alignment by dynamic programming inside a band around the diagonal (typed arrays, one pass
// per row). When the best path runs along the edge of the band the band is doubled and the pass repeated,
// so a narrow band costs nothing in accuracy on texts whose editions drift apart.

/** A link between `a` consecutive units of the left side from `i` and `b` of the right side from `j`. */
export interface Bead {
  i: number;
  a: number;
  j: number;
  b: number;
  cost: number;
}

/** Shapes a bead may take: [left units, right units]. */
export type Shape = readonly [number, number];

export const DEFAULT_SHAPES: readonly Shape[] = [
  [1, 1],
  [1, 0],
  [0, 1],
  [2, 1],
  [1, 2],
  [2, 2],
  [3, 1],
  [1, 3],
];

/** Cost of the bead (i, a, j, b); lower is better. */
export type BeadCost = (i: number, a: number, j: number, b: number) => number;

export interface DpOptions {
  shapes?: readonly Shape[];
  /** Half-width of the first band, in right-side units (default: 6% of the longer side, at least 30). */
  band?: number;
  /** Expected right-side position of each left position 0…n (default: the straight diagonal). */
  guide?: Float64Array;
}

export function alignByDp(n: number, m: number, cost: BeadCost, options: DpOptions = {}): Bead[] {
  const shapes = options.shapes ?? DEFAULT_SHAPES;
  let w = options.band ?? (options.guide ? 24 : Math.max(30, Math.ceil(0.06 * Math.max(n, m))));
  for (;;) {
    const full = w >= Math.max(n, m);
    const result = bandedPass(n, m, cost, shapes, full ? Math.max(n, m) + 1 : w, options.guide);
    if (full || !result.touchesEdge) return result.beads;
    w *= 2;
  }
}

function bandedPass(n: number, m: number, cost: BeadCost, shapes: readonly Shape[], w: number, guide?: Float64Array) {
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  const offset = new Int32Array(n + 2);
  const slope = n === 0 ? 0 : m / n;
  for (let i = 0; i <= n; i++) {
    const c = guide ? guide[i] : i * slope;
    lo[i] = Math.max(0, Math.floor(c - w));
    hi[i] = Math.min(m, Math.ceil(c + w));
    offset[i + 1] = offset[i] + (hi[i] - lo[i] + 1);
  }
  const size = offset[n + 1];
  const best = new Float64Array(size).fill(Infinity);
  const from = new Uint8Array(size);
  best[0] = 0;
  const shapeA = shapes.map((s) => s[0]);
  const shapeB = shapes.map((s) => s[1]);
  const k = shapes.length;
  for (let i = 0; i <= n; i++) {
    const rowLo = lo[i];
    const rowHi = hi[i];
    const base = offset[i] - rowLo;
    for (let j = rowLo; j <= rowHi; j++) {
      if (i === 0 && j === 0) continue;
      let bestCost = Infinity;
      let bestShape = 0;
      for (let s = 0; s < k; s++) {
        const a = shapeA[s];
        const b = shapeB[s];
        const pi = i - a;
        const pj = j - b;
        if (pi < 0 || pj < 0 || pj < lo[pi] || pj > hi[pi]) continue;
        const prev = best[offset[pi] + pj - lo[pi]];
        if (prev === Infinity) continue;
        const total = prev + cost(pi, a, pj, b);
        if (total < bestCost) {
          bestCost = total;
          bestShape = s;
        }
      }
      best[base + j] = bestCost;
      from[base + j] = bestShape;
    }
  }
  const beads: Bead[] = [];
  let touchesEdge = false;
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    if ((j - lo[i] < 2 && lo[i] > 0) || (hi[i] - j < 2 && hi[i] < m)) touchesEdge = true;
    const idx = offset[i] + j - lo[i];
    const s = from[idx];
    const a = shapeA[s];
    const b = shapeB[s];
    const pi = i - a;
    const pj = j - b;
    const stepCost = best[idx] - best[offset[pi] + pj - lo[pi]];
    beads.push({ i: pi, a, j: pj, b, cost: stepCost });
    i = pi;
    j = pj;
  }
  beads.reverse();
  return { beads, touchesEdge };
}

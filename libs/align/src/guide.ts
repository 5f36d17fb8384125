import { EncodedSide } from './feature-index';
import { Link } from './links';

// Where the alignment path probably runs, so that the dynamic programming only looks near it: points where
// a rare anchor (a number, a name) occurs exactly once in each edition, the longest chain of them that
// keeps both orders, and straight lines between them.

/** Expected right position for each left position 0…n, through the chain of unique shared anchors. */
export function anchorGuide(a: EncodedSide, b: EncodedSide): Float64Array {
  const n = a.ids.length;
  const m = b.ids.length;
  const once = (side: EncodedSide) => {
    const where = new Map<number, number>();
    side.ids.forEach((ids, s) => ids.forEach((id) => where.set(id, where.has(id) ? -1 : s)));
    return where;
  };
  const inA = once(a);
  const inB = once(b);
  const points: Array<[number, number]> = [];
  for (const [id, i] of inA) {
    const j = inB.get(id);
    if (i >= 0 && j !== undefined && j >= 0) points.push([i, j]);
  }
  points.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  // Drop points far from the diagonal of the texts' sizes (likely false), then keep the longest chain.
  const slack = Math.max(50, 0.25 * Math.max(n, m));
  const near = points.filter(([i, j]) => Math.abs(j - (i * m) / Math.max(n, 1)) <= slack);
  return interpolate(longestChain(near), n, m);
}

/** Right position of each left position along an alignment already found. */
export function linkGuide(links: readonly Link[], n: number, m: number): Float64Array {
  const points: Array<[number, number]> = [];
  for (const l of links) if (l.left.length && l.right.length) points.push([l.left[0], l.right[0]]);
  return interpolate(points, n, m);
}

function longestChain(points: Array<[number, number]>): Array<[number, number]> {
  // Patience sorting on j over points sorted by i (strictly increasing in both).
  const tails: number[] = [];
  const previous = new Int32Array(points.length).fill(-1);
  points.forEach(([, j], k) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const [ti, tj] = points[tails[mid]];
      if (tj < j && ti < points[k][0]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[k] = tails[lo - 1];
    tails[lo] = k;
  });
  const chain: Array<[number, number]> = [];
  for (let k = tails.length ? tails[tails.length - 1] : -1; k >= 0; k = previous[k]) chain.push(points[k]);
  return chain.reverse();
}

function interpolate(points: Array<[number, number]>, n: number, m: number): Float64Array {
  const all: Array<[number, number]> = [[0, 0], ...points.filter(([i, j]) => i > 0 && i < n && j > 0 && j < m), [n, m]];
  const guide = new Float64Array(n + 1);
  let k = 0;
  for (let i = 0; i <= n; i++) {
    while (k < all.length - 2 && all[k + 1][0] <= i) k++;
    const [i0, j0] = all[k];
    const [i1, j1] = all[k + 1];
    guide[i] = i1 === i0 ? j0 : j0 + ((i - i0) * (j1 - j0)) / (i1 - i0);
  }
  return guide;
}

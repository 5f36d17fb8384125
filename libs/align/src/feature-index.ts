import { RawFeature } from './features';

/** Features of one edition as sorted id arrays with weights, plus each sentence's total weight. */
export interface EncodedSide {
  ids: Int32Array[];
  weights: Float32Array[];
  totals: Float64Array;
  /** Number of anchors and cognate keys of each sentence before keeping the shared ones. */
  rawCounts: Int32Array;
  /** Number of distinct feature ids of both sides (ids are 0 … keyCount − 1). */
  keyCount: number;
}

/**
 * Keeps the features found on both sides (others can never match) and weights each by its rarity
 * (inverse document frequency over both editions), so that "the" and "." matter less than "1988".
 */
export function encodeSides(left: RawFeature[][], right: RawFeature[][]): [EncodedSide, EncodedSide] {
  const leftDf = documentFrequency(left);
  const rightDf = documentFrequency(right);
  const n = left.length + right.length;
  const ids = new Map<string, number>();
  const weightOf: number[] = [];
  for (const [k, df] of leftDf) {
    const other = rightDf.get(k);
    if (other === undefined) continue;
    ids.set(k, ids.size);
    weightOf.push(Math.log(1 + n / (df + other)));
  }
  return [encode(left, ids, weightOf), encode(right, ids, weightOf)];
}

/**
 * encodeSides() of the features already encoded plus more of each sentence (keys the first never had), without
 * encoding the first again: a key's weight depends on its own frequency only, and the new ids come after
 * the old ones, so each sentence's ids stay sorted when the new ones are appended.
 */
export function extendSides([a, b]: readonly [EncodedSide, EncodedSide], left: RawFeature[][], right: RawFeature[][]): [EncodedSide, EncodedSide] {
  const [x, y] = encodeSides(left, right);
  const offset = a.keyCount;
  const join = (base: EncodedSide, more: EncodedSide): EncodedSide => ({
    ids: base.ids.map((ids, s) => {
      if (!more.ids[s].length) return ids;
      const out = new Int32Array(ids.length + more.ids[s].length);
      out.set(ids);
      more.ids[s].forEach((id, k) => (out[ids.length + k] = id + offset));
      return out;
    }),
    weights: base.weights.map((w, s) => {
      if (!more.weights[s].length) return w;
      const out = new Float32Array(w.length + more.weights[s].length);
      out.set(w);
      out.set(more.weights[s], w.length);
      return out;
    }),
    totals: base.totals.map((t, s) => t + more.totals[s]),
    rawCounts: base.rawCounts.map((c, s) => c + more.rawCounts[s]),
    keyCount: offset + more.keyCount,
  });
  return [join(a, x), join(b, y)];
}

function documentFrequency(side: RawFeature[][]): Map<string, number> {
  const df = new Map<string, number>();
  for (const features of side) for (const f of features) df.set(f.key, (df.get(f.key) ?? 0) + 1);
  return df;
}

function encode(side: RawFeature[][], ids: Map<string, number>, weightOf: readonly number[]): EncodedSide {
  const out: EncodedSide = {
    ids: [],
    weights: [],
    totals: new Float64Array(side.length),
    rawCounts: Int32Array.from(side, (f) => f.length),
    keyCount: ids.size,
  };
  let idBuffer = new Int32Array(64);
  let weightBuffer = new Float32Array(64);
  side.forEach((features, s) => {
    if (features.length > idBuffer.length) {
      idBuffer = new Int32Array(features.length * 2);
      weightBuffer = new Float32Array(features.length * 2);
    }
    // kept features by insertion into id order (a sentence has a few dozen)
    let count = 0;
    let total = 0;
    let bonus = 0;
    for (const f of features) {
      const id = ids.get(f.key);
      if (id === undefined) continue;
      const weight = f.boost * weightOf[id];
      total += weight;
      if (f.bonus) bonus += f.bonus * weight;
      let k = count++;
      while (k > 0 && idBuffer[k - 1] > id) {
        idBuffer[k] = idBuffer[k - 1];
        weightBuffer[k] = weightBuffer[k - 1];
        k--;
      }
      idBuffer[k] = id;
      weightBuffer[k] = weight;
    }
    out.ids.push(idBuffer.slice(0, count));
    out.weights.push(weightBuffer.slice(0, count));
    out.totals[s] = total - bonus;
  });
  return out;
}

/** Weight shared by two sentences (mean of the two weights of each common feature). */
export function sharedWeight(a: EncodedSide, i: number, b: EncodedSide, j: number): number {
  const ia = a.ids[i];
  const ib = b.ids[j];
  const wa = a.weights[i];
  const wb = b.weights[j];
  let x = 0;
  let y = 0;
  let sum = 0;
  while (x < ia.length && y < ib.length) {
    const d = ia[x] - ib[y];
    if (d === 0) {
      sum += (wa[x] + wb[y]) / 2;
      x++;
      y++;
    } else if (d < 0) x++;
    else y++;
  }
  return sum;
}

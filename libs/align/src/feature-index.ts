import { RawFeature } from './features';

/** Features of one edition as sorted id arrays with weights, plus each sentence's total weight. */
export interface EncodedSide {
  ids: Int32Array[];
  weights: Float32Array[];
  totals: Float64Array;
  /** Number of anchors and cognate keys of each sentence before keeping the shared ones. */
  rawCounts: Int32Array;
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
  const weightOf = new Map<string, number>();
  for (const [k, df] of leftDf) {
    const other = rightDf.get(k);
    if (other === undefined) continue;
    ids.set(k, ids.size);
    weightOf.set(k, Math.log(1 + n / (df + other)));
  }
  return [encode(left, ids, weightOf), encode(right, ids, weightOf)];
}

function documentFrequency(side: RawFeature[][]): Map<string, number> {
  const df = new Map<string, number>();
  for (const features of side) for (const f of features) df.set(f.key, (df.get(f.key) ?? 0) + 1);
  return df;
}

function encode(side: RawFeature[][], ids: Map<string, number>, weightOf: Map<string, number>): EncodedSide {
  const out: EncodedSide = { ids: [], weights: [], totals: new Float64Array(side.length), rawCounts: Int32Array.from(side, (f) => f.length) };
  side.forEach((features, s) => {
    const keptIds: number[] = [];
    const keptWeights: number[] = [];
    let bonus = 0;
    for (const f of features) {
      const id = ids.get(f.key);
      if (id === undefined) continue;
      keptIds.push(id);
      keptWeights.push(f.boost * (weightOf.get(f.key) ?? 0));
      if (f.bonus) bonus += f.bonus * f.boost * (weightOf.get(f.key) ?? 0);
    }
    const order = keptIds.map((_, k) => k).sort((x, y) => keptIds[x] - keptIds[y]);
    const idArray = new Int32Array(order.length);
    const weightArray = new Float32Array(order.length);
    let total = 0;
    order.forEach((k, r) => {
      idArray[r] = keptIds[k];
      weightArray[r] = keptWeights[k];
      total += keptWeights[k];
    });
    out.ids.push(idArray);
    out.weights.push(weightArray);
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

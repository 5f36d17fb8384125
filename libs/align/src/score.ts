// Strict and lax precision, recall and F1 of a sentence alignment against a gold one, as defined by
// Thompson & Koehn's vecalign (after Sennrich & Volk 2011): a test link counts strictly when the gold has
// exactly that link, laxly when it shares a left and a right sentence with one gold link. Links empty on
// one side count for precision only; recall swaps the roles with those links removed. Counts are pooled
// over all files before dividing.

type Pair = { left: readonly number[]; right: readonly number[] };

export interface AlignmentScore {
  precisionStrict: number;
  recallStrict: number;
  f1Strict: number;
  precisionLax: number;
  recallLax: number;
  f1Lax: number;
}

const key = (p: Pair) => `${p.left.join(',')}:${p.right.join(',')}`;

/** [strict true positives, strict false positives, lax true positives, lax false positives] */
function countMatches(gold: readonly Pair[], test: readonly Pair[]): [number, number, number, number] {
  const goldKeys = new Set(gold.filter((p) => p.left.length || p.right.length).map(key));
  const goldRightsOfLeft = new Map<number, Set<number>>();
  for (const g of gold) {
    for (const l of g.left) {
      let set = goldRightsOfLeft.get(l);
      if (!set) goldRightsOfLeft.set(l, (set = new Set()));
      for (const r of g.right) set.add(r);
    }
  }
  const seen = new Set<string>();
  let tpStrict = 0;
  let fpStrict = 0;
  let tpLax = 0;
  let fpLax = 0;
  for (const t of test) {
    if (!t.left.length && !t.right.length) continue;
    const k = key(t);
    if (seen.has(k)) continue;
    seen.add(k);
    if (goldKeys.has(k)) {
      tpStrict++;
      tpLax++;
      continue;
    }
    fpStrict++;
    const overlap = t.left.some((l) => t.right.some((r) => goldRightsOfLeft.get(l)?.has(r)));
    if (overlap) tpLax++;
    else fpLax++;
  }
  return [tpStrict, fpStrict, tpLax, fpLax];
}

const ratio = (a: number, b: number) => (a + b === 0 ? 0 : a / (a + b));
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** Scores one or more (gold, test) pairs of alignments, pooling the counts. */
export function scoreAlignments(files: ReadonlyArray<{ gold: readonly Pair[]; test: readonly Pair[] }>): AlignmentScore {
  const p = [0, 0, 0, 0];
  const r = [0, 0, 0, 0];
  const bothSides = (x: Pair) => x.left.length > 0 && x.right.length > 0;
  for (const { gold, test } of files) {
    countMatches(gold, test).forEach((v, i) => (p[i] += v));
    countMatches(test.filter(bothSides), gold.filter(bothSides)).forEach((v, i) => (r[i] += v));
  }
  const precisionStrict = ratio(p[0], p[1]);
  const precisionLax = ratio(p[2], p[3]);
  const recallStrict = ratio(r[0], r[1]);
  const recallLax = ratio(r[2], r[3]);
  return {
    precisionStrict,
    recallStrict,
    f1Strict: f1(precisionStrict, recallStrict),
    precisionLax,
    recallLax,
    f1Lax: f1(precisionLax, recallLax),
  };
}

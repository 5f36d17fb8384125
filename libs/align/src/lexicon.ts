import { Link } from './links';
import { latinKey } from './normalize';

// hunalign's second pass, simplified: words that keep meeting in the links of a first alignment are
// probably translations of each other ("Gipfel" / "sommet"); they become anchors for the second pass.

const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;

/** Word stems of a sentence (Latin key, first six letters, words of three letters or more). */
export function stems(text: string): string[] {
  const out = new Set<string>();
  for (const match of text.matchAll(WORD)) if (match[0].length >= 3) out.add(latinKey(match[0]).slice(0, 6));
  return [...out];
}

const MIN_LINKS = 40;

export interface LearnedLexicon {
  /** Anchor keys of each left sentence and each right sentence. */
  left: string[][];
  right: string[][];
}

/**
 * Learns word pairs from the sure links (confidence ≥ `minConfidence`, one sentence or more each side):
 * pairs seen together at least twice whose Dice coefficient is at least `minDice`, each left stem keeping
 * its best partner only (a second partner is mostly chance).
 */
export function learnLexicon(
  leftStems: readonly string[][],
  rightStems: readonly string[][],
  links: readonly Link[],
  minConfidence = 0.5,
  minDice = 0.4,
): LearnedLexicon {
  const stemId = new Map<string, number>();
  const idOf = (x: string) => {
    let id = stemId.get(x);
    if (id === undefined) stemId.set(x, (id = stemId.size));
    return id;
  };
  const leftIds = leftStems.map((ss) => ss.map(idOf));
  const rightIds = rightStems.map((ss) => ss.map(idOf));
  const stemNames = [...stemId.keys()];
  const size = stemId.size;
  const countL = new Float64Array(size);
  const countR = new Float64Array(size);
  const countPair = new Map<number, number>();
  const sure = links.filter((l) => l.left.length && l.right.length && l.confidence >= minConfidence);
  // A short text teaches nothing but chance: word pairs need a few dozen links to stand out.
  if (sure.length < MIN_LINKS) return { left: leftStems.map(() => []), right: rightStems.map(() => []) };
  const sides = sure.map((link) => [new Set(link.left.flatMap((i) => leftIds[i])), new Set(link.right.flatMap((j) => rightIds[j]))]);
  for (const [ls, rs] of sides) {
    for (const x of ls) countL[x]++;
    for (const y of rs) countR[y]++;
  }
  const frequent = Math.max(4, 0.35 * sides.length);
  for (const [ls, rsAll] of sides) {
    // A pair must meet twice: stems seen in one link only cannot qualify.
    // Stems in most links (articles, "und", "et") tell nothing about where a sentence goes.
    const rs = [...rsAll].filter((y) => countR[y] >= 2 && countR[y] <= frequent);
    for (const x of ls) {
      if (countL[x] < 2 || countL[x] > frequent) continue;
      const base = x * size;
      for (const y of rs) countPair.set(base + y, (countPair.get(base + y) ?? 0) + 1);
    }
  }
  const best = new Map<string, { y: string; dice: number }[]>();
  for (const [pair, c] of countPair) {
    if (c < 2) continue;
    const xi = Math.floor(pair / size);
    const yi = pair - xi * size;
    const dice = (2 * c) / (countL[xi] + countR[yi]);
    if (dice < minDice) continue;
    const x = stemNames[xi];
    const list = best.get(x) ?? [];
    list.push({ y: stemNames[yi], dice });
    best.set(x, list);
  }
  const rightKeys = new Map<string, string[]>();
  const leftKeys = new Map<string, string[]>();
  for (const [x, list] of best) {
    list.sort((p, q) => q.dice - p.dice);
    for (const { y } of list.slice(0, 1)) {
      const key = `x${x}\u0000${y}`;
      leftKeys.set(x, [...(leftKeys.get(x) ?? []), key]);
      rightKeys.set(y, [...(rightKeys.get(y) ?? []), key]);
    }
  }
  return {
    left: leftStems.map((ss) => ss.flatMap((s) => leftKeys.get(s) ?? [])),
    right: rightStems.map((ss) => ss.flatMap((s) => rightKeys.get(s) ?? [])),
  };
}

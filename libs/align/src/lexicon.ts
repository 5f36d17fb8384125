import { Link } from './links';
import { wordStem } from './bilingual';

// hunalign's second pass, simplified: words that keep meeting in the links of a first alignment are
// probably translations of each other ("Gipfel" / "sommet"); they become anchors for the second pass.

const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;

/** Word stems of a sentence (Latin key, first six letters, words of three letters or more), each once. */
export function stems(text: string): string[] {
  const out = new Set<string>();
  for (const match of text.matchAll(WORD)) if (match[0].length >= 3) out.add(wordStem(match[0]));
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
  const sure = links.filter((l) => l.left.length && l.right.length && l.confidence >= minConfidence);
  // A short text teaches nothing but chance: word pairs need a few dozen links to stand out.
  if (sure.length < MIN_LINKS) return { left: leftStems.map(() => []), right: rightStems.map(() => []) };
  const unique = (ids: number[]) => (ids.length > 1 ? [...new Set(ids)] : ids);
  // a sentence's stems are distinct already: only a link of several sentences needs them made so
  const sides = sure.map((link) => [
    link.left.length === 1 ? leftIds[link.left[0]] : unique(link.left.flatMap((i) => leftIds[i])),
    link.right.length === 1 ? rightIds[link.right[0]] : unique(link.right.flatMap((j) => rightIds[j])),
  ]);
  for (const [ls, rs] of sides) {
    for (const x of ls) countL[x]++;
    for (const y of rs) countR[y]++;
  }
  // Stems in most links (articles, "und", "et") tell nothing about where a sentence goes, and a pair must
  // meet twice: stems seen in one link only cannot qualify.
  const frequent = Math.max(4, 0.35 * sides.length);
  const usefulL = (x: number) => countL[x] >= 2 && countL[x] <= frequent;
  const usefulR = (y: number) => countR[y] >= 2 && countR[y] <= frequent;
  // Links of each useful left stem, then its co-occurrence counts with the right stems in a typed array.
  const linksOf = new Map<number, number[]>();
  const rightOf = sides.map(([ls, rs], t) => {
    for (const x of ls) {
      if (!usefulL(x)) continue;
      const list = linksOf.get(x);
      if (list) list.push(t);
      else linksOf.set(x, [t]);
    }
    return rs.filter(usefulR);
  });
  const leftKeys = new Map<string, string[]>();
  const rightKeys = new Map<string, string[]>();
  const together = new Int32Array(size);
  for (const [x, list] of linksOf) {
    const touched: number[] = [];
    for (const t of list)
      for (const y of rightOf[t]) {
        if (together[y]++ === 0) touched.push(y);
      }
    let bestY = -1;
    let bestDice = minDice;
    for (const y of touched) {
      const c = together[y];
      together[y] = 0;
      if (c < 2) continue;
      const dice = (2 * c) / (countL[x] + countR[y]);
      if (dice >= minDice && (bestY < 0 || dice > bestDice)) {
        bestDice = dice;
        bestY = y;
      }
    }
    if (bestY < 0) continue;
    const key = `x${stemNames[x]}\u0000${stemNames[bestY]}`;
    leftKeys.set(stemNames[x], [key]);
    const rk = rightKeys.get(stemNames[bestY]);
    if (rk) rk.push(key);
    else rightKeys.set(stemNames[bestY], [key]);
  }
  return {
    left: leftStems.map((ss) => ss.flatMap((s) => leftKeys.get(s) ?? [])),
    right: rightStems.map((ss) => ss.flatMap((s) => rightKeys.get(s) ?? [])),
  };
}

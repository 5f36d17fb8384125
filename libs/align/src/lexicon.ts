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

export interface LearnedLexicon {
  /** Anchor keys of each left sentence and each right sentence. */
  left: string[][];
  right: string[][];
}

/**
 * Learns word pairs from the sure links (confidence ≥ `minConfidence`, one sentence or more each side):
 * pairs seen together at least twice whose Dice coefficient is at least `minDice`, each left stem keeping
 * its best partners only.
 */
export function learnLexicon(
  leftStems: readonly string[][],
  rightStems: readonly string[][],
  links: readonly Link[],
  minConfidence = 0.5,
  minDice = 0.4,
): LearnedLexicon {
  const countL = new Map<string, number>();
  const countR = new Map<string, number>();
  const countPair = new Map<string, number>();
  for (const link of links) {
    if (!link.left.length || !link.right.length || link.confidence < minConfidence) continue;
    const ls = new Set(link.left.flatMap((i) => leftStems[i]));
    const rs = new Set(link.right.flatMap((j) => rightStems[j]));
    for (const x of ls) countL.set(x, (countL.get(x) ?? 0) + 1);
    for (const y of rs) countR.set(y, (countR.get(y) ?? 0) + 1);
    for (const x of ls) for (const y of rs) countPair.set(`${x}\u0000${y}`, (countPair.get(`${x}\u0000${y}`) ?? 0) + 1);
  }
  const best = new Map<string, { y: string; dice: number }[]>();
  for (const [pair, c] of countPair) {
    if (c < 2) continue;
    const [x, y] = pair.split('\u0000');
    const dice = (2 * c) / ((countL.get(x) ?? 0) + (countR.get(y) ?? 0));
    if (dice < minDice) continue;
    const list = best.get(x) ?? [];
    list.push({ y, dice });
    best.set(x, list);
  }
  const rightKeys = new Map<string, string[]>();
  const leftKeys = new Map<string, string[]>();
  for (const [x, list] of best) {
    list.sort((p, q) => q.dice - p.dice);
    for (const { y } of list.slice(0, 2)) {
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

import { isWordLike, normaliseText, tokenize, type Token } from './tokenize';

/** A text tokenized once, to be compared with many stored texts. */
export interface PreparedText {
  text: string;
  normalised: string;
  tokens: Token[];
  words: Token[];
  punctuation: string[];
  codes: string[];
}

export function prepare(text: string): PreparedText {
  const tokens = tokenize(text);
  return {
    text,
    normalised: normaliseText(text),
    tokens,
    words: tokens.filter(isWordLike),
    punctuation: tokens.filter((t) => t.kind === 'punctuation').map((t) => t.key),
    codes: tokens.filter((t) => t.kind === 'code').map((t) => t.key),
  };
}

/** How two texts differ, counted the way a translator weighs it. */
export interface Differences {
  /** Word-level edit distance over word keys (insertions, deletions, substitutions). */
  words: number;
  /** Same word written with other letter case (or `ё`/`е`). */
  letterCase: number;
  /** Same place, other number. */
  numbers: number;
  punctuation: number;
  codes: number;
}

export interface Score {
  /** 0–100, before any penalty for the unit's origin. 100 means the same text. */
  score: number;
  differences: Differences;
  /** Pairs of numbers that differ: the stored one and the new one, in order. */
  numberChanges: { stored: string; replacement: string }[];
}

/** Points taken per minor difference, and at most per kind of difference. */
export const MINOR_PENALTY = { perDifference: 1, maxPerKind: 3 };

/**
 * Fuzzy score of a stored source against a new source. Word differences cost their share of the
 * longer text (100 × (1 − distance / words)); differences that leave the words as they are —
 * letter case, punctuation, numbers, inline codes — cost one point each, at most three points per
 * kind, as OmegaT and memoQ penalise them less than word differences. Only identical texts get 100.
 *
 * Index contract: a stored text scoring ≥ s·100 shares at least ⌈s·n⌉ word keys with a query of
 * n words, and has between s·n and n/s words (see `lookupPlan`).
 */
export function score(query: PreparedText, stored: PreparedText): Score {
  if (query.normalised === stored.normalised) {
    return { score: 100, differences: { words: 0, letterCase: 0, numbers: 0, punctuation: 0, codes: 0 }, numberChanges: [] };
  }
  const alignment = alignWords(query.words, stored.words);
  const differences: Differences = {
    words: alignment.distance,
    letterCase: 0,
    numbers: 0,
    punctuation: sequenceDistance(query.punctuation, stored.punctuation),
    codes: sequenceDistance(query.codes, stored.codes),
  };
  const numberChanges: Score['numberChanges'] = [];
  for (const [qi, si] of alignment.pairs) {
    const q = query.words[qi];
    const s = stored.words[si];
    if (q.text === s.text) continue;
    if (q.kind === 'number') {
      differences.numbers += 1;
      numberChanges.push({ stored: s.text, replacement: q.text });
    } else {
      differences.letterCase += 1;
    }
  }
  const longest = Math.max(query.words.length, stored.words.length);
  const wordScore = longest === 0 ? 100 : 100 * (1 - alignment.distance / longest);
  const minor = (['letterCase', 'numbers', 'punctuation', 'codes'] as const).reduce(
    (sum, kind) => sum + Math.min(differences[kind] * MINOR_PENALTY.perDifference, MINOR_PENALTY.maxPerKind),
    0,
  );
  // Texts that differ only in spacing returned 100 above; any other difference stays below 100.
  const value = Math.floor(Math.min(wordScore - minor, 99));
  return { score: Math.max(0, value), differences, numberChanges };
}

interface WordAlignment {
  distance: number;
  /** Index pairs (query, stored) of words with equal keys. */
  pairs: [number, number][];
}

/** Levenshtein over word keys with a backtrace that prefers keeping equal words aligned. */
export function alignWords(a: Token[], b: Token[]): WordAlignment {
  const n = a.length;
  const m = b.length;
  const width = m + 1;
  const d = new Uint16Array((n + 1) * width);
  for (let j = 0; j <= m; j++) d[j] = j;
  for (let i = 1; i <= n; i++) {
    d[i * width] = i;
    const ak = a[i - 1].key;
    for (let j = 1; j <= m; j++) {
      const diagonal = d[(i - 1) * width + j - 1] + (ak === b[j - 1].key ? 0 : 1);
      const up = d[(i - 1) * width + j] + 1;
      const left = d[i * width + j - 1] + 1;
      d[i * width + j] = diagonal < up ? (diagonal < left ? diagonal : left) : up < left ? up : left;
    }
  }
  const pairs: [number, number][] = [];
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    const here = d[i * width + j];
    if (a[i - 1].key === b[j - 1].key && here === d[(i - 1) * width + j - 1]) {
      pairs.push([i - 1, j - 1]);
      i--;
      j--;
    } else if (here === d[(i - 1) * width + j - 1] + 1) {
      i--;
      j--;
    } else if (here === d[(i - 1) * width + j] + 1) {
      i--;
    } else {
      j--;
    }
  }
  return { distance: d[n * width + m], pairs: pairs.reverse() };
}

/** Edit distance of two short sequences (punctuation marks, code shapes). */
export function sequenceDistance(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return a.length + b.length;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

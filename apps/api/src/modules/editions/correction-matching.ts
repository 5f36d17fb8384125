import type { CorrectionPair } from '@interlinea/shared';

/** An old segment of the document, or a segment of the corrected original. */
export interface MatchableSegment {
  index: number;
  source: string;
}

export interface OldSegment extends MatchableSegment {
  id: string;
}

/** Below this share of kept words, a segment in the same place is a new one, not a changed one. */
export const MIN_SIMILARITY = 0.5;

/**
 * Pairs the segments of a corrected original with the document's segments, so that translations
 * stay with their sentence:
 * 1. identical text first, in order (the longest common subsequence of identical sources), then
 * 2. between two such anchors, by position and similarity (shared words, at least `MIN_SIMILARITY`),
 *    keeping the order;
 * whatever is left is new (in the corrected original) or removed (from the old one).
 * Pairs come in the order of the corrected original, removed segments where they stood.
 */
export function matchCorrection(old: OldSegment[], corrected: MatchableSegment[]): CorrectionPair[] {
  const anchors = identicalAnchors(old, corrected);
  const pairs: CorrectionPair[] = [];
  let oldFrom = 0;
  let newFrom = 0;
  for (const [o, n] of [...anchors, [old.length, corrected.length] as const]) {
    pairs.push(...matchGap(old.slice(oldFrom, o), corrected.slice(newFrom, n)));
    if (o < old.length && n < corrected.length) pairs.push(pair('unchanged', old[o], corrected[n], 1));
    oldFrom = o + 1;
    newFrom = n + 1;
  }
  return pairs;
}

/** Index pairs (old, new) of identical sources, in order: a longest common subsequence. */
function identicalAnchors(old: MatchableSegment[], corrected: MatchableSegment[]): [number, number][] {
  const key = (s: MatchableSegment) => s.source.normalize('NFC').replace(/\s+/g, ' ').trim();
  const a = old.map(key);
  const b = corrected.map(key);
  // trim the common head and tail first: a correction usually changes a few sentences of many
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const anchors: [number, number][] = [];
  for (let i = 0; i < head; i++) anchors.push([i, i]);
  anchors.push(...lcs(midA, midB).map(([i, j]): [number, number] => [i + head, j + head]));
  for (let k = tail; k > 0; k--) anchors.push([a.length - k, b.length - k]);
  return anchors;
}

/** Beyond this many cells, identical texts are paired greedily in order instead of by a full LCS table. */
const LCS_LIMIT = 4_000_000;

/** Longest common subsequence of two lists of strings (dynamic programming; the middle is small after trimming). */
function lcs(a: string[], b: string[]): [number, number][] {
  if (a.length === 0 || b.length === 0) return [];
  if (a.length * b.length > LCS_LIMIT) return greedyInOrder(a, b);
  const width = b.length + 1;
  const table = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * width + j] = a[i] === b[j] ? table[(i + 1) * width + j + 1] + 1 : Math.max(table[(i + 1) * width + j], table[i * width + j + 1]);
    }
  }
  const result: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      result.push([i, j]);
      i++;
      j++;
    } else if (table[(i + 1) * width + j] >= table[i * width + j + 1]) i++;
    else j++;
  }
  return result;
}

/** Each text of `b` takes the next identical text of `a` after the last one taken. */
function greedyInOrder(a: string[], b: string[]): [number, number][] {
  const at = new Map<string, number[]>();
  a.forEach((text, i) => at.set(text, [...(at.get(text) ?? []), i]));
  const result: [number, number][] = [];
  let last = -1;
  b.forEach((text, j) => {
    const i = (at.get(text) ?? []).find((k) => k > last);
    if (i === undefined) return;
    result.push([i, j]);
    last = i;
  });
  return result;
}

/**
 * The segments between two anchors: each new one takes the most similar old one that comes after the
 * last one taken (order kept), if similar enough; the rest are new or removed.
 */
function matchGap(old: OldSegment[], corrected: MatchableSegment[]): CorrectionPair[] {
  const pairs: CorrectionPair[] = [];
  let next = 0;
  for (const segment of corrected) {
    let best = -1;
    let bestScore = MIN_SIMILARITY;
    for (let k = next; k < old.length; k++) {
      const score = similarity(old[k].source, segment.source);
      if (score > bestScore || (score === bestScore && best < 0 && score >= MIN_SIMILARITY)) {
        best = k;
        bestScore = score;
      }
    }
    if (best < 0) {
      pairs.push(pair('new', null, segment, null));
      continue;
    }
    for (let k = next; k < best; k++) pairs.push(pair('removed', old[k], null, null));
    pairs.push(pair('changed', old[best], segment, round(bestScore)));
    next = best + 1;
  }
  for (let k = next; k < old.length; k++) pairs.push(pair('removed', old[k], null, null));
  return pairs;
}

/** Shared words over all words (Dice coefficient of the word multisets), case-insensitive. */
export function similarity(a: string, b: string): number {
  const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const wa = words(a);
  const wb = words(b);
  if (wa.length + wb.length === 0) return a.trim() === b.trim() ? 1 : 0;
  const counts = new Map<string, number>();
  for (const w of wa) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of wb) {
    const c = counts.get(w) ?? 0;
    if (c > 0) {
      shared++;
      counts.set(w, c - 1);
    }
  }
  return (2 * shared) / (wa.length + wb.length);
}

function pair(kind: CorrectionPair['kind'], old: OldSegment | null, corrected: MatchableSegment | null, score: number | null): CorrectionPair {
  return {
    kind,
    segmentId: old?.id ?? null,
    oldIndex: old?.index ?? null,
    newIndex: corrected?.index ?? null,
    before: old?.source ?? null,
    after: corrected?.source ?? null,
    similarity: score,
  };
}

const round = (n: number) => Math.round(n * 100) / 100;

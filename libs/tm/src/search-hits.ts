import { isWordLike, tokenize, wordKeys, type Token } from './tokenize';

/** A word's key; a number stands for itself (the index keeps every number as `#`, the search wants that one). */
const keyOf = (t: Token) => (t.kind === 'number' ? `#${t.text}` : t.key);

/** What the memory page searches for: every word (any order), the words in a row, or a regular expression. */
export type TextMatcher = { kind: 'words'; keys: string[] } | { kind: 'phrase'; keys: string[] } | { kind: 'regex'; regex: RegExp };

/** The matcher of a search (throws SyntaxError for a regular expression that does not compile). */
export function matcherOf(mode: 'words' | 'phrase' | 'regex', q: string): TextMatcher {
  if (mode === 'regex') return { kind: 'regex', regex: new RegExp(q, 'giu') };
  const keys = tokenize(q).filter(isWordLike).map(keyOf);
  return { kind: mode, keys: mode === 'words' ? [...new Set(keys)] : keys };
}

/** The ranges [start, end) of a text a matcher finds (empty: no hit). */
export function hitRanges(text: string, matcher: TextMatcher): [number, number][] {
  if (matcher.kind === 'regex') {
    const found: [number, number][] = [];
    matcher.regex.lastIndex = 0;
    for (const m of text.matchAll(matcher.regex)) if (m[0].length > 0) found.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
    return found;
  }
  const words = tokenize(text)
    .filter(isWordLike)
    .map((t) => ({ ...t, key: keyOf(t) }));
  if (matcher.kind === 'words') {
    const wanted = new Set(matcher.keys);
    const present = new Set(words.map((w) => w.key));
    if (!matcher.keys.every((k) => present.has(k))) return [];
    return words.filter((w) => wanted.has(w.key)).map((w): [number, number] => [w.start, w.end]);
  }
  const n = matcher.keys.length;
  const found: [number, number][] = [];
  if (n === 0) return found;
  for (let i = 0; i + n <= words.length; i++) {
    if (matcher.keys.every((k, j) => words[i + j].key === k)) {
      found.push([words[i].start, words[i + n - 1].end]);
      i += n - 1;
    }
  }
  return found;
}

/**
 * Whether a text holds what the matcher looks for, and how densely (hits per word; 0: no hit).
 * Words and phrases are checked on the keys `wordKeys` scans by hand (thousands of candidate texts
 * per search); a search with numbers, or a regular expression, marks the ranges.
 */
export function hitDensity(text: string, matcher: TextMatcher): number {
  if (matcher.kind === 'regex' || matcher.keys.some((k) => k.startsWith('#'))) {
    const ranges = hitRanges(text, matcher);
    return ranges.length === 0 ? 0 : ranges.length / Math.max(1, wordKeys(text).length);
  }
  const keys = wordKeys(text);
  if (matcher.kind === 'words') {
    const wanted = new Set(matcher.keys);
    let hits = 0;
    const present = new Set<string>();
    for (const k of keys)
      if (wanted.has(k)) {
        hits++;
        present.add(k);
      }
    return present.size === wanted.size ? hits / keys.length : 0;
  }
  const n = matcher.keys.length;
  let hits = 0;
  for (let i = 0; i + n <= keys.length; i++) {
    let all = true;
    for (let j = 0; j < n && all; j++) all = keys[i + j] === matcher.keys[j];
    if (all) {
      hits++;
      i += n - 1;
    }
  }
  return hits === 0 ? 0 : (hits * n) / keys.length;
}

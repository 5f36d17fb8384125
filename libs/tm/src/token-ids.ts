import { scanWords, wordKey } from './tokenize';

/**
 * The memory index stores 32-bit ids instead of words. An id names a word of a source language
 * *for* a target language *in* a scope (`shared`, or one project's private memory), so a lookup
 * only ever reads postings of the language pair and the memories it may see.
 */
export const SHARED_SCOPE = 'shared';

export function tokenId(sourceLanguage: string, targetLanguage: string, scope: string, key: string): number {
  return fnv1a(`${sourceLanguage}>${targetLanguage}|${scope}|${key}`);
}

/** The hash of the part every word id of a language pair and scope starts with (see `wordIds`). */
export function tokenIdPrefix(sourceLanguage: string, targetLanguage: string, scope: string): number {
  return fnv1a(`${sourceLanguage}>${targetLanguage}|${scope}|`);
}

/**
 * The word ids of a text's words in order, for the prefix of a language pair and scope: the same
 * as `tokenId` of each of `wordKeys(text)`, since FNV-1a is incremental. A word of plain letters
 * (ASCII, Latin-1, Cyrillic: most of a big import) is hashed in place, lower-cased on the way,
 * without making its key as a string. Appends to `into`; returns the number of words.
 */
export function wordIds(text: string, prefix: number, into: number[]): number {
  const before = into.length;
  scanWords(text, (start, end) => {
    if (start < 0) {
      into.push(fnv1a('#', prefix));
      return;
    }
    let hash = prefix;
    for (let i = start; i < end; i++) {
      const key = keyChar(text.charCodeAt(i));
      if (key < 0) {
        into.push(fnv1a(wordKey(text.slice(start, end)), prefix));
        return;
      }
      hash ^= key;
      hash = Math.imul(hash, 0x01000193);
    }
    into.push(hash | 0);
  });
  return into.length - before;
}

/**
 * What a character of a word becomes in its key (see `wordKey`: lower case, `ё` as `е`, `’` as
 * `'`) for the characters whose key needs neither Unicode normalisation nor case tables: ASCII,
 * the letters of Latin-1 and basic Cyrillic. -1 for any other: the word takes the slow path.
 */
function keyChar(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c | 0x20 : c;
  if (c < 0xc0) return -1;
  if (c <= 0xff) return c === 0xd7 || c === 0xf7 ? -1 : c <= 0xde ? c + 0x20 : c; // À–Þ → à–þ; ß, à–ÿ stay
  if (c === 0x401 || c === 0x451) return 0x435; // Ё, ё → е
  if (c >= 0x400 && c <= 0x40f) return c + 0x50; // Ѐ–Џ → ѐ–џ
  if (c >= 0x410 && c <= 0x42f) return c + 0x20; // А–Я → а–я
  if (c >= 0x430 && c <= 0x45f) return c;
  return c === 0x2019 ? 0x27 : -1;
}

/** FNV-1a, 32 bits, as a signed int4 (`from`: the hash of a prefix, to hash a continuation). */
export function fnv1a(text: string, from = 0x811c9dc5): number {
  let hash = from;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}

/** The hash of a segment's neighbours, stored with a unit to recognise a context (101 %) match. */
export function contextHash(previous: string | null, next: string | null): number {
  return fnv1a(`${(previous ?? '').replace(/\s+/g, ' ').trim()}\u0000${(next ?? '').replace(/\s+/g, ' ').trim()}`);
}

/**
 * The hash of the translation that precedes a segment in its edition ("" when the previous segment has
 * none), stored with a unit's target to recognise a context match on the target side too; null when
 * the segment is the first of its document (the source context alone tells then).
 */
export function targetContextHash(previousTarget: string | null): number | null {
  return previousTarget === null ? null : fnv1a(`\u0001${previousTarget.replace(/\s+/g, ' ').trim()}`);
}

/**
 * The memory index stores 32-bit ids instead of words. An id names a word of a source language
 * *for* a target language *in* a scope (`shared`, or one project's private memory), so a lookup
 * only ever reads postings of the language pair and the memories it may see.
 */
export const SHARED_SCOPE = 'shared';

export function tokenId(sourceLanguage: string, targetLanguage: string, scope: string, key: string): number {
  return fnv1a(`${sourceLanguage}>${targetLanguage}|${scope}|${key}`);
}

/**
 * `tokenId` for many keys of one language pair and scope: the hash of the common prefix is computed
 * once (FNV-1a is incremental), and each key's id is remembered. Same ids as `tokenId`.
 */
export function tokenIdHasher(sourceLanguage: string, targetLanguage: string, scope: string): (key: string) => number {
  const prefix = fnv1a(`${sourceLanguage}>${targetLanguage}|${scope}|`);
  const known = new Map<string, number>();
  return (key) => {
    let id = known.get(key);
    if (id === undefined) {
      id = fnv1a(key, prefix);
      if (known.size < 20_000) known.set(key, id);
    }
    return id;
  };
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

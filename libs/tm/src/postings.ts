import { tokenIdHasher } from './token-ids';
import { wordKeys } from './tokenize';

/** A language variant of a unit, as the index sees it. */
export interface IndexedVariant {
  id: number;
  language: string;
  text: string;
  /** Its word keys (`wordKeys(text)`), when the caller already has them. */
  keys?: string[];
}

/** Rows of the memory index, column by column (ready for a bulk insert). */
export interface Postings {
  tokens: number[];
  lengths: number[];
  variantIds: number[];
}

/**
 * The postings of a unit: each variant is indexed once per other language of the unit (a lookup
 * from that language into the other one), under ids that also name the unit's scope.
 */
export function unitPostings(scope: string, variants: IndexedVariant[], into: Postings = { tokens: [], lengths: [], variantIds: [] }, hashers: PostingHashers = new PostingHashers()): Postings {
  const languages = [...new Set(variants.map((v) => v.language))];
  for (const variant of variants) {
    const keys = variant.keys ?? wordKeys(variant.text);
    const distinct = [...new Set(keys)];
    for (const target of languages) {
      if (target === variant.language) continue;
      const tokenId = hashers.of(variant.language, target, scope);
      const seen = new Set<number>();
      for (const key of distinct) {
        const token = tokenId(key);
        if (seen.has(token)) continue; // two words, one hash: one posting
        seen.add(token);
        into.tokens.push(token);
        into.lengths.push(Math.min(keys.length, 32767));
        into.variantIds.push(variant.id);
      }
    }
  }
  return into;
}

/** Word-id hashers per language pair and scope, kept across the units of a batch. */
export class PostingHashers {
  private readonly hashers = new Map<string, (key: string) => number>();

  of(sourceLanguage: string, targetLanguage: string, scope: string): (key: string) => number {
    const name = `${sourceLanguage}>${targetLanguage}|${scope}`;
    let hasher = this.hashers.get(name);
    if (!hasher) this.hashers.set(name, (hasher = tokenIdHasher(sourceLanguage, targetLanguage, scope)));
    return hasher;
  }
}

/** How many postings each word id gains (or loses), sorted by id. */
export function tokenCounts(postings: Postings): { tokens: number[]; counts: number[] } {
  const counts = new Map<number, number>();
  for (const t of postings.tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
  const tokens = [...counts.keys()].sort((a, b) => a - b);
  return { tokens, counts: tokens.map((t) => counts.get(t)!) };
}

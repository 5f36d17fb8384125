import { tokenIdPrefix, wordIds } from './token-ids';
import { scanWords } from './tokenize';

/** A language variant of a unit, as the index sees it. */
export interface IndexedVariant {
  id: number;
  language: string;
  text: string;
}

/** Where the postings of units go: (word id, length of the variant in words, variant id). */
export interface PostingSink {
  add(token: number, length: number, variantId: number): void;
}

/** Rows of the memory index, column by column. */
export interface Postings {
  tokens: number[];
  lengths: number[];
  variantIds: number[];
}

/** Postings gathered in arrays. */
export class PostingList implements Postings, PostingSink {
  tokens: number[] = [];
  lengths: number[] = [];
  variantIds: number[] = [];

  add(token: number, length: number, variantId: number): void {
    this.tokens.push(token);
    this.lengths.push(length);
    this.variantIds.push(variantId);
  }
}

/**
 * Indexes a unit: each variant is indexed once per other language of the unit (a lookup from that
 * language into the other one), under word ids that also name the unit's scope; a word id is
 * posted once per variant. Returns each variant's length in words.
 */
export function indexUnit(scope: string, variants: IndexedVariant[], sink: PostingSink, prefixes: TokenIdPrefixes = new TokenIdPrefixes()): number[] {
  const lengths: number[] = [];
  const ids: number[] = [];
  for (const variant of variants) {
    let words = -1;
    for (const other of variants) {
      if (other.language === variant.language || !firstOfLanguage(variants, other)) continue;
      ids.length = 0;
      words = wordIds(variant.text, prefixes.of(variant.language, other.language, scope), ids);
      const length = Math.min(words, 32767);
      for (let i = 0; i < ids.length; i++) if (!postedBefore(ids, i)) sink.add(ids[i], length, variant.id);
    }
    lengths.push(words >= 0 ? words : countWords(variant.text));
  }
  return lengths;
}

const firstOfLanguage = (variants: IndexedVariant[], variant: IndexedVariant) => variants.find((v) => v.language === variant.language) === variant;

/** Whether `ids[i]` is among the ids before it (two words, one hash: one posting). Short texts: a scan beats a set. */
function postedBefore(ids: number[], i: number): boolean {
  const id = ids[i];
  for (let j = 0; j < i; j++) if (ids[j] === id) return true;
  return false;
}

function countWords(text: string): number {
  let n = 0;
  scanWords(text, () => n++);
  return n;
}

/** Word-id prefixes per scope and language pair, kept across the units of a batch. */
export class TokenIdPrefixes {
  private readonly prefixes = new Map<string, Map<string, Map<string, number>>>();

  of(sourceLanguage: string, targetLanguage: string, scope: string): number {
    let ofScope = this.prefixes.get(scope);
    if (!ofScope) this.prefixes.set(scope, (ofScope = new Map()));
    let ofSource = ofScope.get(sourceLanguage);
    if (!ofSource) ofScope.set(sourceLanguage, (ofSource = new Map()));
    let prefix = ofSource.get(targetLanguage);
    if (prefix === undefined) ofSource.set(targetLanguage, (prefix = tokenIdPrefix(sourceLanguage, targetLanguage, scope)));
    return prefix;
  }
}

/** How many postings each word id gains (or loses), sorted by id. */
export function tokenCounts(postings: Postings): { tokens: number[]; counts: number[] } {
  const counts = new Map<number, number>();
  for (const t of postings.tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
  const tokens = [...counts.keys()].sort((a, b) => a - b);
  return { tokens, counts: tokens.map((t) => counts.get(t)!) };
}

/**
 * The most variant ids in one row of the index: a row of 400 ids (about 1.6 kB) stays inside its
 * table page, never moved out of line or compressed by PostgreSQL (TOAST starts at about 2 kB).
 */
export const MAX_GROUP_IDS = 400;

/** Index rows: the postings grouped by (word id, length), each with the ids of its variants. */
export interface PostingGroups {
  tokens: number[];
  lengths: number[];
  variantIds: number[][];
}

/** Groups postings into index rows (at most `maxIds` ids a row), in key order (token, then length). */
export function groupPostings(postings: Postings, maxIds = MAX_GROUP_IDS): PostingGroups {
  const groups = new Map<number, number[]>();
  const { tokens, lengths, variantIds } = postings;
  for (let i = 0; i < tokens.length; i++) {
    const key = tokens[i] * 65536 + lengths[i]; // exact: |token| < 2³¹, 0 ≤ length < 2¹⁶
    const ids = groups.get(key);
    if (ids) ids.push(variantIds[i]);
    else groups.set(key, [variantIds[i]]);
  }
  const keys = [...groups.keys()].sort((a, b) => a - b);
  const rows: PostingGroups = { tokens: [], lengths: [], variantIds: [] };
  for (const key of keys) {
    const ids = groups.get(key)!;
    const length = ((key % 65536) + 65536) % 65536;
    const token = (key - length) / 65536;
    for (let at = 0; at < ids.length; at += maxIds) {
      rows.tokens.push(token);
      rows.lengths.push(length);
      rows.variantIds.push(ids.slice(at, at + maxIds));
    }
  }
  return rows;
}

/**
 * Which word keys to look up in the memory index for a query, and which lengths can match.
 *
 * Prefix filtering (set-similarity joins): a stored text scoring ≥ s shares at least
 * t = ⌈s·n⌉ of the query's n word positions, so it contains at least one of any n − t + 1
 * positions — we take the rarest ones, whose posting lists are shortest. Its length lies in
 * [⌈s·n⌉, ⌊n/s⌋]. A few more keys (still rare enough) are added so that candidates can be
 * ranked by how many query words they share before they are scored exactly.
 */
export interface LookupPlan {
  keys: string[];
  minWords: number;
  maxWords: number;
}

export interface PlanOptions {
  /** Keys beyond the prefix used to rank candidates. */
  extraKeys?: number;
  /** Extra keys more frequent than this are not worth their posting lists. */
  maxExtraFrequency?: number;
}

export function lookupPlan(words: string[], frequency: (key: string) => number, minScore: number, options: PlanOptions = {}): LookupPlan {
  const n = words.length;
  if (n === 0) return { keys: [], minWords: 0, maxWords: 0 };
  const s = Math.min(Math.max(minScore, 0.01), 1);
  const mustShare = Math.ceil(s * n - 1e-9);
  const prefixLength = n - mustShare + 1;
  const byRarity = [...words].sort((a, b) => frequency(a) - frequency(b) || (a < b ? -1 : a > b ? 1 : 0));
  const keys = [...new Set(byRarity.slice(0, prefixLength))];
  const extraKeys = options.extraKeys ?? 4;
  const maxExtra = options.maxExtraFrequency ?? 20000;
  for (const key of byRarity.slice(prefixLength)) {
    if (keys.length >= new Set(byRarity.slice(0, prefixLength)).size + extraKeys) break;
    if (!keys.includes(key) && frequency(key) <= maxExtra) keys.push(key);
  }
  return { keys, minWords: mustShare, maxWords: Math.floor(n / s + 1e-9) };
}

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
  /**
   * How many of `keys` a stored text must hold to reach the score: it shares at least ⌈s·n⌉ word
   * positions, so at least ⌈s·n⌉ − (n − |keys|) of the looked-up distinct keys (the others could
   * all be among the words not looked up, or be repeated words). A lossless filter on candidates.
   */
  minShared: number;
  /** Every stored text reaching the score holds `minShared` of `keys` (no key left out by a budget). */
  exact: boolean;
}

export interface PlanOptions {
  /** Keys beyond the prefix used to rank candidates. */
  extraKeys?: number;
  /** Extra keys more frequent than this are not worth their posting lists. */
  maxExtraFrequency?: number;
  /**
   * At most this many postings (summed frequencies) read for the prefix: its most frequent keys
   * are left out beyond it (the rarest key is always read). The plan is then no longer lossless:
   * a stored text sharing only left-out words with the query is not found. `exact` says whether
   * the whole prefix was kept.
   */
  prefixBudget?: number;
}

export function lookupPlan(words: string[], frequency: (key: string) => number, minScore: number, options: PlanOptions = {}): LookupPlan {
  const n = words.length;
  if (n === 0) return { keys: [], minWords: 0, maxWords: 0, minShared: 1, exact: true };
  const s = Math.min(Math.max(minScore, 0.01), 1);
  const mustShare = Math.ceil(s * n - 1e-9);
  const prefixLength = n - mustShare + 1;
  const byRarity = [...words].sort((a, b) => frequency(a) - frequency(b) || (a < b ? -1 : a > b ? 1 : 0));
  const prefix = [...new Set(byRarity.slice(0, prefixLength))];
  const budget = options.prefixBudget ?? Infinity;
  const keys: string[] = [];
  let read = 0;
  for (const key of prefix) {
    if (keys.length > 0 && read + frequency(key) > budget) break;
    keys.push(key);
    read += frequency(key);
  }
  const exact = keys.length === prefix.length;
  const wanted = exact ? prefix.length + (options.extraKeys ?? 4) : keys.length;
  const maxExtra = options.maxExtraFrequency ?? 20000;
  for (const key of byRarity.slice(prefixLength)) {
    if (keys.length >= wanted) break;
    if (!keys.includes(key) && frequency(key) <= maxExtra) keys.push(key);
  }
  return { keys, minWords: mustShare, maxWords: Math.floor(n / s + 1e-9), minShared: Math.max(1, mustShare - (n - keys.length)), exact };
}

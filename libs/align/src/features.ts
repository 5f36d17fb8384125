import { latinKey, skeleton } from './normalize';

/** One anchor or cognate key found in a sentence, with its strength before weighting by rarity. */
export interface RawFeature {
  key: string;
  boost: number;
  /**
   * Share of the weight left out of the sentence's total (0 … 1): a feature that is evidence for a link when
   * the other side has it, and little against when it has not.
   */
  bonus?: number;
}

const TOKEN = /\p{N}+(?:[.,:/-]\p{N}+)*|[\p{L}\p{M}][\p{L}\p{M}'’-]*|[?!:;()«»"„“”‚‘’%§&@#]/gu;
const QUOTES = /[«»"„“”‚‘’]/;

/**
 * Anchors and cognate keys of one sentence: numbers (strongest), punctuation that survives translation
 * (? ! : ; brackets, quotes, %), and for every word of 4+ letters its Latin prefix (four letters: a shared
 * prefix of four is the usual cognate test) and consonant skeleton.
 * A repeated key is counted by occurrence ("#12", "#12·2") so that the sets behave like multisets.
 * `cognateBonus`: share of a word key's weight left out of the sentence's total (see RawFeature.bonus): a
 * word whose cognate the other sentence lacks was most likely translated by an unrelated word.
 */
export function sentenceFeatures(text: string, extra?: readonly string[], cognateBonus = 0): RawFeature[] {
  const out: RawFeature[] = [];
  const seen = new Map<string, number>();
  const push = (key: string, boost: number, bonus?: number) => {
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    out.push({ key: n === 1 ? key : `${key}·${n}`, boost, bonus });
  };
  for (const match of text.matchAll(TOKEN)) {
    const token = match[0];
    const first = token.charCodeAt(0);
    if (first >= 48 && first <= 57) {
      const digits = token.replace(/[^0-9]/g, '');
      push(`#${digits}`, digits.length >= 2 ? 2 : 1.2);
    } else if (token.length === 1 && !/\p{L}|\p{N}/u.test(token)) {
      if (QUOTES.test(token)) push('"', 0.6);
      else if (token === '(' || token === ')') push(token, 0.6);
      else push(token, 0.8);
    } else if (/\p{N}/u.test(token)) {
      push(`#${latinKey(token)}`, 1.5);
    } else if (token.length >= 4) {
      const capital = token[0] !== token[0].toLowerCase();
      const [prefix, sk] = wordKeys(token);
      push(prefix, capital ? 1 : 0.7, cognateBonus);
      if (sk) push(sk, capital ? 0.6 : 0.4, cognateBonus);
    }
  }
  if (extra) for (const key of extra) push(key, 1.5);
  return out;
}

const WORD_KEYS = new Map<string, [string, string | undefined]>();

/** Cognate keys of a word (Latin prefix, consonant skeleton), remembered: texts repeat their words. */
function wordKeys(token: string): [string, string | undefined] {
  let keys = WORD_KEYS.get(token);
  if (!keys) {
    const key = latinKey(token);
    const sk = skeleton(key);
    keys = [`w${key.slice(0, 4)}`, sk.length >= 3 ? `s${sk.slice(0, 4)}` : undefined];
    if (WORD_KEYS.size > 200_000) WORD_KEYS.clear();
    WORD_KEYS.set(token, keys);
  }
  return keys;
}

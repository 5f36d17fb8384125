import { latinKey, skeleton } from './normalize';

/** One anchor or cognate key found in a sentence, with its strength before weighting by rarity. */
export interface RawFeature {
  key: string;
  boost: number;
}

const TOKEN = /\p{N}+(?:[.,:/-]\p{N}+)*|[\p{L}\p{M}][\p{L}\p{M}'’-]*|[?!:;()«»"„“”‚‘’%§&@#]/gu;
const QUOTES = /[«»"„“”‚‘’]/;

/**
 * Anchors and cognate keys of one sentence: numbers (strongest), punctuation that survives translation
 * (? ! : ; brackets, quotes, %), and for every word of 4+ letters its Latin prefix and consonant skeleton.
 * A repeated key is counted by occurrence ("#12", "#12·2") so that the sets behave like multisets.
 */
export function sentenceFeatures(text: string, extra?: readonly string[]): RawFeature[] {
  const out: RawFeature[] = [];
  const seen = new Map<string, number>();
  const push = (key: string, boost: number) => {
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    out.push({ key: n === 1 ? key : `${key}·${n}`, boost });
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
      const key = latinKey(token);
      const capital = token[0] !== token[0].toLowerCase();
      push(`w${key.slice(0, 5)}`, capital ? 1 : 0.7);
      const sk = skeleton(key);
      if (sk.length >= 3) push(`s${sk.slice(0, 4)}`, capital ? 0.6 : 0.4);
    }
  }
  if (extra) for (const key of extra) push(key, 1.5);
  return out;
}

import { stripCodes } from '@interlinea/inline-codes';
import { languageProfile } from '../sentences/language-profiles';
import { SegmentationLanguage } from '../sentences/segmentation-language';

// A word is a run of letters, marks and digits; joined by a hyphen, apostrophe, dot, slash,
// colon or @ it stays one word ("e-mail", "don't", "U.S.A", "3.14", "км/ч", "14:7"),
// and a comma joins digits ("1,000"). Punctuation and symbols on their own are not words.
const WORD = /[\p{L}\p{M}\p{N}]+(?:(?:[-‐‑'’´.:/@_&]|(?<=\p{N}),(?=\p{N}))[\p{L}\p{M}\p{N}]+)*/gu;

/** Russian and German group thousands with a (no-break, thin) space: "1 000 000" is one number. */
const SPACED_THOUSANDS = /(?<![\p{N},.])(\p{N}{1,3})(?:[ \u00a0\u202f\u2009](\p{N}{3}))+(?![\p{N}])/gu;

/** The language's abbreviations written in several parts with spaces ("z. B.", "т. е.", "d. h."): one word each. */
const SPACED_ABBREVIATIONS = new Map<SegmentationLanguage, RegExp>();

function spacedAbbreviations(language: SegmentationLanguage): RegExp {
  let pattern = SPACED_ABBREVIATIONS.get(language);
  if (pattern === undefined) {
    const profile = languageProfile(language);
    const parts = [...profile.neverFinal, ...profile.mayBeFinal]
      .filter((a) => /^\p{L}+(?:\.\p{L}+)+$/u.test(a))
      .sort((a, b) => b.length - a.length)
      .map((a) => a.split('.').map(escape).join('\\.\\s?') + '\\.');
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${parts.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
    SPACED_ABBREVIATIONS.set(language, pattern);
  }
  return pattern;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Words as a translator counts them for a quote, in the text's language: numbers count once however
 * they are grouped ("1 000 000" in Russian and German, "1,000,000" in English), hyphenated compounds
 * and abbreviations written in parts ("z. B.", "т. е.") are one word, inline codes and punctuation none.
 */
export function countWords(text: string, language: SegmentationLanguage): number {
  let plain = text.includes('{') ? stripCodes(text) : text;
  if (language !== 'en') plain = plain.replace(SPACED_THOUSANDS, (match) => match.replace(/[ \u00a0\u202f\u2009]/g, ''));
  plain = plain.replace(spacedAbbreviations(language), (match) => match.replace(/\s/g, ''));
  let count = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(plain) !== null) count++;
  return count;
}

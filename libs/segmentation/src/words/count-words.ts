import { SegmentationLanguage } from '../sentences/segmentation-language';

// A word is a run of letters, marks and digits; joined by a hyphen, apostrophe, dot, slash,
// colon or @ it stays one word ("e-mail", "don't", "U.S.A", "3.14", "км/ч", "14:7"),
// and a comma joins digits ("1,000"). Punctuation and symbols on their own are not words.
const WORD = /[\p{L}\p{M}\p{N}]+(?:(?:[-‐‑'’´.:/@_&]|(?<=\p{N}),(?=\p{N}))[\p{L}\p{M}\p{N}]+)*/gu;

/** Words as a translator counts them for a quote: numbers count, punctuation does not. */
export function countWords(text: string, _language: SegmentationLanguage): number {
  let count = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text) !== null) count++;
  return count;
}

import type { Language, LanguageMismatchDetails } from '@interlinea/shared';

/**
 * Which language an imported text is written in, with eld (Efficient Language Detector: n-gram
 * tables for 60 languages, offline, reliable on sentences of a few words). eld ships as ES modules
 * only: the API, compiled to CommonJS, loads it with a dynamic `import()` (Jest maps it to its file).
 */
interface LanguageDetector {
  detect(text: string): { language: string; isReliable(): boolean };
}

let detector: Promise<LanguageDetector> | null = null;

function loadDetector(): Promise<LanguageDetector> {
  detector ??= import('eld/small').then((module) => module.eld as LanguageDetector);
  return detector;
}

/** A segment shorter than this says too little about its language ("Search", "7 November 1992"). */
const MIN_SEGMENT_LETTERS = 20;
/** A text with fewer letters in reliably identified segments gets no verdict. */
const MIN_TEXT_LETTERS = 80;
/** Segments looked at, spread over the document. */
const MAX_SAMPLED_SEGMENTS = 400;
/** The expected language holding at least this share of the text: no warning (mixed texts, quotations). */
const EXPECTED_SHARE_ENOUGH = 0.3;
/** Another language must hold at least this share of the text for a warning. */
const MISMATCH_SHARE = 0.6;

export interface LanguageTally {
  /** Letters in segments identified as each language. */
  letters: Map<string, number>;
  total: number;
}

/** Identifies each segment long enough to tell, and counts letters per language. */
export async function tallyLanguages(segments: readonly string[]): Promise<LanguageTally> {
  const eld = await loadDetector();
  const letters = new Map<string, number>();
  let total = 0;
  const step = Math.max(1, Math.ceil(segments.length / MAX_SAMPLED_SEGMENTS));
  for (let i = 0; i < segments.length; i += step) {
    const count = (segments[i].match(/\p{L}/gu) ?? []).length;
    if (count < MIN_SEGMENT_LETTERS) continue;
    const result = eld.detect(segments[i]);
    if (!result.language || !result.isReliable()) continue;
    letters.set(result.language, (letters.get(result.language) ?? 0) + count);
    total += count;
  }
  return { letters, total };
}

/**
 * A mismatch when the text is, for its most part, in another language than the expected one; none
 * for short texts, for texts the detector is unsure of, and for mixed texts that hold enough of the
 * expected language.
 */
export function judgeLanguage(tally: LanguageTally, expected: Language): LanguageMismatchDetails | null {
  if (tally.total < MIN_TEXT_LETTERS) return null;
  const share = (language: string) => (tally.letters.get(language) ?? 0) / tally.total;
  if (share(expected) >= EXPECTED_SHARE_ENOUGH) return null;
  const [detected] = [...tally.letters.entries()].sort((a, b) => b[1] - a[1])[0];
  const confidence = share(detected);
  if (confidence < MISMATCH_SHARE) return null;
  return { detected, expected, confidence: Math.round(confidence * 100) / 100 };
}

/** The language mismatch of a text given as its segments, or null when it is in the expected language (or cannot be told). */
export async function languageMismatch(segments: readonly string[], expected: Language): Promise<LanguageMismatchDetails | null> {
  return judgeLanguage(await tallyLanguages(segments), expected);
}

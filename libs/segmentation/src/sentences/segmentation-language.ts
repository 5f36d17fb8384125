/** Languages Interlinea segments with its own rules. */
export type SegmentationLanguage = 'ru' | 'en' | 'de';

export const SEGMENTATION_LANGUAGES: readonly SegmentationLanguage[] = ['ru', 'en', 'de'];

/**
 * One segment (sentence) of a source text.
 * `text === source.slice(start, end)`; it never starts or ends with whitespace.
 * Whitespace between segments belongs to no segment: the caller keeps it to rebuild the text.
 */
export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

/**
 * How line breaks are read.
 * - `segment` (default): every line break ends a segment (plain-text blocks, lists, headings).
 * - `soft`: for text re-flowed from PDF or hard-wrapped mail: a single line break is a space;
 *   a blank line, or a line that opens with a bullet or a list number, still ends a segment.
 */
export type LineBreakMode = 'segment' | 'soft';

export interface SplitOptions {
  lineBreaks?: LineBreakMode;
}

export function isSegmentationLanguage(value: string): value is SegmentationLanguage {
  return (SEGMENTATION_LANGUAGES as readonly string[]).includes(value);
}

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
 * - `auto` (default): the content decides. A line break ends a segment when the line ends a sentence
 *   (`.`, `!`, `?`, `:` …), when the next line opens a list item, or when nothing says the sentence
 *   goes on; it is a space when the line ends with a comma or a hyphen, with a word that cannot end a
 *   sentence (an article, a preposition), when the next line starts with a lower-case letter, or (German,
 *   whose nouns are capitalised) when a long line ends with a lower-case word.
 * - `segment`: every line break ends a segment (line-oriented text: lists, verse, menus).
 * - `soft`: for text re-flowed from PDF or hard-wrapped mail: a single line break is a space;
 *   a blank line, or a line that opens with a bullet or a list number, still ends a segment.
 */
export type LineBreakMode = 'auto' | 'segment' | 'soft';

export interface SplitOptions {
  lineBreaks?: LineBreakMode;
}

export function isSegmentationLanguage(value: string): value is SegmentationLanguage {
  return (SEGMENTATION_LANGUAGES as readonly string[]).includes(value);
}

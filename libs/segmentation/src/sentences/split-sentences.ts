import { languageProfile } from './language-profiles';
import { sentenceEnds } from './sentence-ends';
import { SegmentationLanguage, SentenceSpan, SplitOptions } from './segmentation-language';
import { textBlocks, trimRange } from './text-blocks';

/**
 * Splits a source text into segments (sentences, headings, list items) for translation.
 * Line breaks end a segment when the content says so (`options.lineBreaks`, `auto` by default).
 * Spans are in text order, never overlap and carry no surrounding whitespace.
 */
export function splitSentences(text: string, language: SegmentationLanguage, options: SplitOptions = {}): SentenceSpan[] {
  const profile = languageProfile(language);
  const spans: SentenceSpan[] = [];
  for (const block of textBlocks(text, options.lineBreaks ?? 'auto', profile)) {
    const blockText = text.slice(block.start, block.end);
    let from = 0;
    for (const end of sentenceEnds(blockText, profile)) {
      pushSpan(text, block.start + from, block.start + end, spans);
      from = end;
    }
    pushSpan(text, block.start + from, block.end, spans);
  }
  return spans;
}

function pushSpan(text: string, start: number, end: number, spans: SentenceSpan[]): void {
  const trimmed = trimRange(text, start, end);
  if (trimmed !== null) spans.push({ start: trimmed.start, end: trimmed.end, text: text.slice(trimmed.start, trimmed.end) });
}

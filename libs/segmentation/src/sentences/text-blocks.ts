import { isBullet, isLetter, isLineBreak, isLowerCase, isWhitespace } from './characters';
import { LanguageProfile } from './language-profile';
import { LineBreakMode } from './segmentation-language';

/** A stretch of text no sentence crosses: a line, or (soft line breaks) a paragraph. */
export interface TextBlock {
  start: number;
  end: number;
}

const LIST_LINE = /^\s*(?:\d{1,3}[.)]|[a-zA-Z][.)]\s|[ivxlcIVXLC]{1,5}\.\s)/;

/** A line ends its sentence with one of these (closing quotes and brackets aside). */
const SENTENCE_FINAL = /[.!?…:;‼⁇⁈⁉]$/u;
const TRAILING_CLOSERS = /[»"”“’')\]›]+$/u;
/** German: a line this long that ends with a lower-case word was wrapped inside its sentence. */
const WRAPPED_LINE = 40;
/** Shorter lines are items of a list or a menu, even when the next one starts lower-case. */
const MIN_WORDS_GOING_ON = 3;

/** Cuts `text` into blocks without leading/trailing whitespace; blank stretches are dropped. */
export function textBlocks(text: string, mode: LineBreakMode, language?: LanguageProfile): TextBlock[] {
  const lines = lineRanges(text);
  const blocks: TextBlock[] = [];
  let open: TextBlock | null = null;
  for (const line of lines) {
    const trimmed = trimRange(text, line.start, line.end);
    if (trimmed === null) {
      open = null; // a blank line ends a paragraph in either mode
      continue;
    }
    if (open !== null && mode !== 'segment' && !opensListItem(text, trimmed.start)) {
      if (mode === 'soft' || (language !== undefined && sentenceGoesOn(text, open, trimmed, language))) {
        open.end = trimmed.end;
        continue;
      }
    }
    open = { start: trimmed.start, end: trimmed.end };
    blocks.push(open);
  }
  return blocks;
}

/**
 * Whether the sentence of the line ending at `before.end` goes on in the line `after` (`auto` mode):
 * the content decides, not the line break.
 */
function sentenceGoesOn(text: string, before: TextBlock, after: TextBlock, language: LanguageProfile): boolean {
  const lineStart = Math.max(before.start, text.lastIndexOf('\n', before.end - 1) + 1);
  const line = text.slice(lineStart, before.end);
  const bare = line.replace(TRAILING_CLOSERS, '');
  if (SENTENCE_FINAL.test(bare)) return false;
  const last = line[line.length - 1];
  if (last === ',' || last === '-' || last === '‐' || last === '¬') return true;
  const lastWord = /[\p{L}\p{M}'’-]+$/u.exec(line)?.[0] ?? '';
  if (lastWord !== '' && language.continuations.has(lastWord.toLowerCase())) return true;
  const first = text[after.start];
  // A lower-case start goes on a sentence, not a list of short lines ("features\ncontact manager").
  if (isLowerCase(first)) return line.trim().split(/\s+/).length >= MIN_WORDS_GOING_ON;
  if (lastWord === '') return false;
  return language.capitalisedNouns === true && isLetter(first) && isLowerCase(lastWord[0]) && line.length >= WRAPPED_LINE;
}

function opensListItem(text: string, start: number): boolean {
  if (isBullet(text[start]) || text[start] === '-' || text[start] === '*') return true;
  return LIST_LINE.test(text.slice(start, start + 8));
}

function lineRanges(text: string): TextBlock[] {
  const lines: TextBlock[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (!isLineBreak(ch)) continue;
    lines.push({ start, end: i });
    if (ch === '\r' && text[i + 1] === '\n') i++;
    start = i + 1;
  }
  lines.push({ start, end: text.length });
  return lines;
}

export function trimRange(text: string, start: number, end: number): TextBlock | null {
  while (start < end && isWhitespace(text[start])) start++;
  while (end > start && isWhitespace(text[end - 1])) end--;
  return start < end ? { start, end } : null;
}

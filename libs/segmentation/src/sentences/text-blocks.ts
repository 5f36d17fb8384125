import { isBullet, isLineBreak, isWhitespace } from './characters';
import { LineBreakMode } from './segmentation-language';

/** A stretch of text no sentence crosses: a line, or (soft line breaks) a paragraph. */
export interface TextBlock {
  start: number;
  end: number;
}

const LIST_LINE = /^\s*(?:\d{1,3}[.)]|[a-zA-Z][.)]\s|[ivxlcIVXLC]{1,5}\.\s)/;

/** Cuts `text` into blocks without leading/trailing whitespace; blank stretches are dropped. */
export function textBlocks(text: string, mode: LineBreakMode): TextBlock[] {
  const lines = lineRanges(text);
  const blocks: TextBlock[] = [];
  let open: TextBlock | null = null;
  for (const line of lines) {
    const trimmed = trimRange(text, line.start, line.end);
    if (trimmed === null) {
      open = null; // a blank line ends a paragraph in either mode
      continue;
    }
    if (mode === 'soft' && open !== null && !opensListItem(text, trimmed.start)) {
      open.end = trimmed.end;
      continue;
    }
    open = { start: trimmed.start, end: trimmed.end };
    blocks.push(open);
  }
  return blocks;
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

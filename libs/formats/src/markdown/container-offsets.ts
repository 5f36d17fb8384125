import { lineRanges } from '../lib/paragraphs';

/** Maps an offset in a piece of Markdown (a container's inner text) to the offset in the whole document. */
export type ToDocument = (offset: number) => number;

/**
 * marked lexes a blockquote's or a list item's content after taking off, line by line, the container's
 * prefix ("> ", the bullet, the indentation): the inner tokens' `raw` is that stripped text. This maps
 * offsets in the stripped text back to the document, line by line: each inner line, but for its leading
 * whitespace, must end the corresponding outer line (so only offsets of non-blank content are exact). Returns undefined when they do not line up (a case marked rewrote),
 * so the caller can fall back to a cruder reading.
 */
export function innerToDocument(outer: string, outerStart: number, inner: string, toDocument: ToDocument): ToDocument | undefined {
  const outerLines = lineRanges(outer, outerStart);
  const innerLines = lineRanges(inner);
  if (innerLines.length > outerLines.length) return undefined;
  const shifts: number[] = [];
  for (const [k, [innerStart, innerEnd]] of innerLines.entries()) {
    const [outerLineStart, outerLineEnd] = outerLines[k];
    const outerLine = outer.slice(outerLineStart - outerStart, outerLineEnd - outerStart);
    // marked may turn a tab after a marker into spaces: only the line's content has to match.
    if (!outerLine.endsWith(inner.slice(innerStart, innerEnd).trimStart())) return undefined;
    shifts.push(outerLineEnd - innerEnd);
  }
  return (offset) => toDocument(offset + shifts[lineIndex(innerLines, offset)]);
}

/** Index of the line an offset falls in (a line's "\n" belongs to it). */
function lineIndex(lines: Array<[number, number]>, offset: number): number {
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (lines[middle][0] <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

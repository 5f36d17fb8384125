/** A line as [start, end) offsets in a text, without its "\n". */
export type LineRange = [number, number];

/** Every line of a "\n"-separated text, with its offsets. */
export function lineRanges(text: string, base = 0): LineRange[] {
  const ranges: LineRange[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    ranges.push([base + start, base + start + line.length]);
    start += line.length + 1;
  }
  return ranges;
}

/** Paragraphs of a "\n"-separated text: runs of lines that are not blank, separated by blank lines. */
export function findParagraphs(text: string): LineRange[][] {
  const paragraphs: LineRange[][] = [];
  let current: LineRange[] = [];
  for (const range of lineRanges(text)) {
    if (text.slice(range[0], range[1]).trim() === '') {
      if (current.length > 0) paragraphs.push(current);
      current = [];
    } else {
      current.push(range);
    }
  }
  if (current.length > 0) paragraphs.push(current);
  return paragraphs;
}

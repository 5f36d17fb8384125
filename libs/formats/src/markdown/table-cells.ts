import { LineRange } from '../lib/paragraphs';

/**
 * The cells of one GFM table row, as [start, end) offsets in the line, untrimmed. Cells are split at
 * every pipe not escaped with a backslash, as GFM does (even inside code spans). The space before a
 * leading pipe and after a trailing pipe comes out as blank cells, which hold no text to translate.
 */
export function tableCellRanges(row: string): LineRange[] {
  const bounds = [-1];
  let backslashes = 0;
  for (let i = 0; i < row.length; i += 1) {
    if (row[i] === '|' && backslashes % 2 === 0) bounds.push(i);
    backslashes = row[i] === '\\' ? backslashes + 1 : 0;
  }
  bounds.push(row.length);
  return bounds.slice(1).map((end, k) => [bounds[k] + 1, end]);
}

import { isLetter, isWhitespace } from './characters';

/** A quotation inside a block: the positions of its opening and closing marks. */
export interface Quotation {
  open: number;
  close: number;
}

const QUOTATION_MARK = /[«»‹›„“”"]/;

/** A quotation longer than this is more likely an unmatched mark than a quotation. */
const MAX_QUOTATION = 1500;

/**
 * The quotations of a block, as the Pragmatic Segmenter protects them: «…», „…“ (or „…”), “…”, ‹…›,
 * »…« and "…". Sentences inside a quotation stay with the sentence that quotes them; a mark that is
 * never closed protects nothing. Quotations are not nested (an inner one lies inside the outer one).
 */
export function findQuotations(block: string): Quotation[] {
  const quotations: Quotation[] = [];
  const germanQuotes = block.includes('„');
  let open = -1;
  let closers = '';
  // Only the quotation marks are looked at: the scan jumps from one to the next.
  const marks = new RegExp(QUOTATION_MARK.source, 'g');
  let mark: RegExpExecArray | null;
  while ((mark = marks.exec(block)) !== null) {
    const i = mark.index;
    const ch = mark[0];
    if (open >= 0) {
      if (i - open > MAX_QUOTATION) {
        marks.lastIndex = open + 1; // give up on this mark, look again after it
        open = -1;
        continue;
      }
      if (closers.includes(ch) && (ch !== '"' || !opensStraightQuote(block, i))) {
        quotations.push({ open, close: i });
        open = -1;
      }
      continue;
    }
    const found = closersOf(ch, germanQuotes);
    if (found === null) continue;
    if (ch === '"' && !opensStraightQuote(block, i)) continue;
    open = i;
    closers = found;
  }
  return quotations;
}

function closersOf(ch: string, germanQuotes: boolean): string | null {
  switch (ch) {
    case '«':
      return '»';
    case '»':
      return '«';
    case '‹':
      return '›';
    case '„':
      return '“”';
    case '“':
      return germanQuotes ? null : '”';
    case '"':
      return '"';
    default:
      return null;
  }
}

/** A straight quote opens a quotation after a space or an opening mark and before a word. */
function opensStraightQuote(block: string, at: number): boolean {
  const before = block[at - 1];
  const after = block[at + 1];
  if (after === undefined || isWhitespace(after)) return false;
  return before === undefined || isWhitespace(before) || '([:—–-'.includes(before) || (!isLetter(before) && isLetter(after));
}

/** The quotation a position lies strictly inside, if any (quotations are sorted and do not overlap). */
export function quotationAround(quotations: Quotation[], at: number): Quotation | null {
  let low = 0;
  let high = quotations.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const q = quotations[mid];
    if (at <= q.open) high = mid - 1;
    else if (at >= q.close) low = mid + 1;
    else return q;
  }
  return null;
}

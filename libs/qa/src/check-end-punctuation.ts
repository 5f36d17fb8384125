import { finding, type QaFinding, type QaSegment } from './finding';
import { MASK, maskCodes } from './masked-text';

/** Marks that can close a sentence; "..." counts as the ellipsis "…". */
const MARKS = /[.!?…:;]/g;
/** What may stand around the final mark: quotes, brackets, spaces, code tokens. */
const TAIL = new RegExp(`[.!?…:;,\\s"'»«“”„‘’‚›‹)\\]${MASK}]*$`);

function finalMarks(text: string): { marks: string; start: number; end: number } {
  const masked = maskCodes(text);
  const tail = TAIL.exec(masked);
  const start = tail ? tail.index : masked.length;
  const run = masked.slice(start).replace(/\.\.\./g, '…');
  const marks = [...new Set(run.match(MARKS) ?? [])].sort().join('');
  const trimmed = masked.replace(/\s+$/, '');
  return { marks, start, end: Math.max(start, trimmed.length) };
}

/**
 * END_PUNCTUATION: the target ends with other punctuation than the source (a full stop lost or added,
 * a question turned into a statement). Quotes and brackets may stand before or after the mark: English
 * puts the full stop inside the quotes, German and Russian after them.
 */
export function checkEndPunctuation({ source, target }: QaSegment): QaFinding[] {
  if (target.trim() === '' || source.trim() === '') return [];
  const was = finalMarks(source);
  const now = finalMarks(target);
  if (was.marks === now.marks) return [];
  const at = now.marks === '' ? Math.max(0, now.end - 1) : now.start;
  return [
    finding(
      'END_PUNCTUATION',
      'warning',
      at,
      Math.max(now.end, at + 1),
      { source: was.marks || '—', target: now.marks || '—' },
      { start: was.start, end: was.end },
    ),
  ];
}

import type { SegmentGlossaryTerm } from '@interlinea/shared';

/** A piece of a source text, with the glossary term it shows when it is one. */
export interface TermPiece {
  text: string;
  term: SegmentGlossaryTerm | null;
}

/** Cuts a source at the words that matched glossary terms (first occurrence of each, longest first, no overlaps). */
export function termPieces(text: string, terms: readonly SegmentGlossaryTerm[]): TermPiece[] {
  const lower = text.toLocaleLowerCase();
  const taken: { start: number; end: number; term: SegmentGlossaryTerm }[] = [];
  for (const term of [...terms].sort((a, b) => b.matchedText.length - a.matchedText.length)) {
    const needle = term.matchedText.toLocaleLowerCase();
    if (!needle) continue;
    let from = 0;
    for (;;) {
      const start = lower.indexOf(needle, from);
      if (start < 0) break;
      const end = start + needle.length;
      if (!taken.some((r) => start < r.end && end > r.start)) {
        taken.push({ start, end, term });
        break;
      }
      from = start + 1;
    }
  }
  taken.sort((a, b) => a.start - b.start);
  const pieces: TermPiece[] = [];
  let at = 0;
  for (const r of taken) {
    if (r.start > at) pieces.push({ text: text.slice(at, r.start), term: null });
    pieces.push({ text: text.slice(r.start, r.end), term: r.term });
    at = r.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), term: null });
  return pieces;
}

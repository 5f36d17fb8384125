/** A piece of text, and whether it lies in a search hit. */
export interface HighlightPiece {
  text: string;
  hit: boolean;
}

/** Cuts `text` at the hit ranges ([start, end) offsets; overlapping or unsorted ranges are merged). */
export function highlightRanges(text: string, ranges: readonly (readonly [number, number])[]): HighlightPiece[] {
  const sorted = ranges
    .map(([s, e]) => [Math.max(0, Math.min(s, text.length)), Math.max(0, Math.min(e, text.length))] as const)
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const pieces: HighlightPiece[] = [];
  let at = 0;
  for (const [start, end] of sorted) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    if (from > at) pieces.push({ text: text.slice(at, from), hit: false });
    pieces.push({ text: text.slice(from, end), hit: true });
    at = end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), hit: false });
  return pieces;
}

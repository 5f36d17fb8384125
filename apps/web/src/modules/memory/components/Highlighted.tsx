import { highlightRanges } from '../utils/highlight-ranges';

/** Text with its search hits marked. */
export function Highlighted({ text, ranges, lang }: { text: string; ranges: readonly (readonly [number, number])[]; lang?: string }) {
  return (
    <span lang={lang}>
      {highlightRanges(text, ranges).map((piece, i) =>
        piece.hit ? (
          <mark key={i} className="hit" data-testid="concordance-mark">
            {piece.text}
          </mark>
        ) : (
          <span key={i}>{piece.text}</span>
        ),
      )}
    </span>
  );
}

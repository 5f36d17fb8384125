import { highlightRanges } from '../../memory';

/** A unit's text with the search hits marked. */
export function UnitText({ text, ranges, lang }: { text: string | undefined; ranges?: readonly (readonly [number, number])[]; lang: string }) {
  if (text === undefined) return <span className="muted">—</span>;
  return (
    <span lang={lang} className="memory-text">
      {highlightRanges(text, ranges ?? []).map((piece, i) =>
        piece.hit ? (
          <mark key={i} className="hit" data-testid="memory-hit">
            {piece.text}
          </mark>
        ) : (
          <span key={i}>{piece.text}</span>
        ),
      )}
    </span>
  );
}

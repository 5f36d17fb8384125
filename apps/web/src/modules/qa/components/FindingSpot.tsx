import { excerptOf, visibleSpaces } from '../utils/finding-text';

/** The words around a finding, its spot highlighted; nothing when it points at no text. */
export function FindingSpot({ text, start, end, lang }: { text: string; start: number; end: number; lang: string }) {
  const excerpt = excerptOf(text, start, end);
  if (!excerpt) return null;
  return (
    <span className="qa-spot" lang={lang} data-testid="qa-spot">
      {excerpt.before}
      <mark className="qa-spot__mark">{visibleSpaces(excerpt.spot)}</mark>
      {excerpt.after}
    </span>
  );
}

import type { InlineCodeInfo } from '@interlinea/shared';
import { findRanges } from '@interlinea/text-search';
import { useMemo, type ReactNode } from 'react';
import { CodedText } from '../../code-chips';

/** A segment's text with the search hits marked (codes still shown as chips). */
export function HighlightedText({ text, codes, pattern }: { text: string; codes: readonly InlineCodeInfo[]; pattern: RegExp | null }) {
  const ranges = useMemo(() => (pattern ? findRanges(text, pattern) : []), [text, pattern]);
  if (ranges.length === 0) return <CodedText text={text} codes={codes} />;
  const pieces: ReactNode[] = [];
  let from = 0;
  ranges.forEach((range, i) => {
    if (range.start > from) pieces.push(<CodedText key={`t${i}`} text={text.slice(from, range.start)} codes={codes} />);
    pieces.push(
      <mark key={`m${i}`} className="search-hit" data-testid="search-hit">
        <CodedText text={text.slice(range.start, range.end)} codes={codes} />
      </mark>,
    );
    from = range.end;
  });
  if (from < text.length) pieces.push(<CodedText key="rest" text={text.slice(from)} codes={codes} />);
  return <>{pieces}</>;
}

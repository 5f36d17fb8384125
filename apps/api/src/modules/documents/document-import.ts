import { createHash } from 'node:crypto';
import { splitSentences, countWords } from '@interlinea/segmentation';
import type { ParsedDocument, Skeleton } from '@interlinea/formats';
import type { Language } from '@interlinea/shared';
import type { NewSegment } from './documents.repository';

/** The normalised form two segments share when they are repetitions of each other. */
export function sourceHash(source: string): string {
  return createHash('sha1').update(source.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase()).digest('hex');
}

/**
 * Splits every block of a parsed document into sentence segments. Whitespace around sentences is
 * kept on the segments so export rebuilds each block exactly; blocks with no sentence (only
 * whitespace or punctuation) are folded into the skeleton, so every block the skeleton names has
 * at least one segment.
 */
export function segmentDocument(parsed: ParsedDocument, language: Language): { segments: NewSegment[]; skeleton: Skeleton } {
  const segments: NewSegment[] = [];
  const parts: Skeleton['parts'] = [];
  let blockIndex = 0;
  for (const part of parsed.skeleton.parts) {
    if (typeof part === 'string') {
      parts.push(part);
      continue;
    }
    const text = parsed.blocks[part.block].text;
    const spans = splitSentences(text, language);
    if (spans.length === 0) {
      parts.push(text);
      continue;
    }
    spans.forEach((span, i) => {
      const next = spans[i + 1];
      segments.push({
        index: segments.length,
        blockIndex,
        source: span.text,
        sourceHash: sourceHash(span.text),
        wordCount: countWords(span.text, language),
        spaceBefore: i === 0 ? text.slice(0, span.start) : '',
        spaceAfter: text.slice(span.end, next ? next.start : text.length),
      });
    });
    parts.push({ ...part, block: blockIndex++ });
  }
  return { segments, skeleton: { ...parsed.skeleton, parts } };
}

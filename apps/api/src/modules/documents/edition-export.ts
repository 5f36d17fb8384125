import { codeTokens } from '@interlinea/inline-codes';
import type { ExportQuery, UnapprovedPolicy } from '@interlinea/shared';
import type { StoredSkeleton } from './document-import';
import type { EditionSegment } from './documents.repository';

/** The text an edition shows for one segment, under the publisher's choice for unapproved ones. */
export function editionText(segment: EditionSegment, policy: UnapprovedPolicy): string {
  if (!segment.translatable) return segment.source;
  if (segment.status === 'approved' && segment.text !== null) return segment.text;
  if (policy === 'translation' && segment.text) return segment.text;
  return segment.source;
}

/**
 * Rebuilds each block's text from its segments, in order, with the original whitespace; blocks with
 * nothing to translate come back as they were. Site furniture (segments not for translation) is written
 * as its source (`keep`) or left out with the whitespace before it (`drop`).
 */
export function blockTexts(
  skeleton: StoredSkeleton,
  segments: EditionSegment[],
  policy: UnapprovedPolicy,
  furniture: ExportQuery['furniture'] = 'keep',
): string[] {
  const blocks: string[] = [];
  for (const [index, text] of Object.entries(skeleton.fixedBlocks ?? {})) blocks[Number(index)] = text;
  const trimmed = new Set<number>();
  for (const segment of segments) {
    const block = segment.blockIndex;
    if (!segment.translatable && furniture === 'drop') {
      blocks[block] = (blocks[block] ?? '').trimEnd(); // the line break that led to the dropped line goes too
      trimmed.add(block);
      continue;
    }
    const before = trimmed.has(block) && blocks[block] !== '' ? separator(segment) : segment.spaceBefore;
    trimmed.delete(block);
    blocks[block] = joinSegments(blocks[block] ?? '', before + editionText(segment, policy)) + segment.spaceAfter;
  }
  for (const block of trimmed) blocks[block] = blocks[block].trimEnd();
  return Array.from(blocks, (text) => text ?? '');
}

/** After a dropped line, the kept line after it starts a line of its own. */
function separator(segment: EditionSegment): string {
  return segment.spaceBefore !== '' ? segment.spaceBefore : '\n';
}

/**
 * Appends a segment to its block's text, joining a paired code closed at the end of the text and
 * opened again at the start of the segment (as import splits a code across a sentence boundary):
 * "{1}bold.{/1} " + "{1}Three{/1}" is "{1}bold. Three{/1}".
 */
export function joinSegments(text: string, next: string): string {
  let head = text;
  let tail = next;
  for (;;) {
    const trimmed = head.trimEnd();
    const close = codeTokens(trimmed).at(-1);
    const open = codeTokens(tail)[0];
    if (!close || close.type !== 'close' || close.end !== trimmed.length) return head + tail;
    if (!open || open.type !== 'open' || open.start !== 0 || open.id !== close.id) return head + tail;
    head = head.slice(0, close.start) + head.slice(trimmed.length);
    tail = tail.slice(open.end);
  }
}

/**
 * The status each block's text is written with (XLIFF, where a block is one unit): the segment's when
 * its translation is written, none when the source stands in for it.
 */
export function blockStates(segments: EditionSegment[], policy: UnapprovedPolicy): Array<EditionSegment['status']> {
  const states: Array<EditionSegment['status']> = [];
  for (const segment of segments) {
    const translated = segment.text !== null && segment.text !== '' && editionText(segment, policy) === segment.text;
    states[segment.blockIndex] = translated ? segment.status : null;
  }
  return Array.from(states, (state) => state ?? null);
}

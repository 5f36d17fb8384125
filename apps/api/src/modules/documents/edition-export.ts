import type { UnapprovedPolicy } from '@interlinea/shared';
import type { StoredSkeleton } from './document-import';
import type { EditionSegment } from './documents.repository';

/** The text an edition shows for one segment, under the publisher's choice for unapproved ones. */
export function editionText(segment: EditionSegment, policy: UnapprovedPolicy): string {
  if (segment.status === 'approved' && segment.text !== null) return segment.text;
  if (policy === 'translation' && segment.text) return segment.text;
  return segment.source;
}

/**
 * Rebuilds each block's text from its segments, in order, with the original whitespace; blocks with
 * nothing to translate come back as they were.
 */
export function blockTexts(skeleton: StoredSkeleton, segments: EditionSegment[], policy: UnapprovedPolicy): string[] {
  const blocks: string[] = [];
  for (const [index, text] of Object.entries(skeleton.fixedBlocks ?? {})) blocks[Number(index)] = text;
  for (const segment of segments) {
    blocks[segment.blockIndex] = (blocks[segment.blockIndex] ?? '') + segment.spaceBefore + editionText(segment, policy) + segment.spaceAfter;
  }
  return Array.from(blocks, (text) => text ?? '');
}

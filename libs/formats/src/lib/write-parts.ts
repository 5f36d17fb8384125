import { BlockSlot, isBlockSlot, Skeleton } from './document';

/** The skeleton's parts with each slot written by `writeSlot`, concatenated. */
export function writeParts(parts: Skeleton['parts'], blockTexts: string[], writeSlot: (slot: BlockSlot, text: string) => string): string {
  return parts
    .map((part) => {
      if (!isBlockSlot(part)) return part;
      const blockText = blockTexts[part.block];
      if (blockText === undefined) throw new RangeError(`The skeleton refers to block ${part.block}, which has no text.`);
      return writeSlot(part, blockText);
    })
    .join('');
}

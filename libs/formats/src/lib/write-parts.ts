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

/** U+FFFF cannot occur in XML or HTML text: U+FFFF, a subflow's index, U+FFFF marks where that subflow is written. */
export const SUBFLOW_MARK = '\uFFFF';
const SUBFLOW_PATTERN = new RegExp(`${SUBFLOW_MARK}(\\d+)${SUBFLOW_MARK}`, 'g');

/**
 * The parts written as writeParts does, each subflow mark replaced by that subflow (notes and text
 * boxes of an ODT, alt and title attributes of an HTML page) written with its own blocks' texts.
 */
export function writeWithSubflows(
  parts: Skeleton['parts'],
  blockTexts: string[],
  writeSlot: (slot: BlockSlot, text: string) => string,
  subflows: Skeleton['parts'][] = [],
  depth = 0,
): string {
  return writeParts(parts, blockTexts, writeSlot).replace(SUBFLOW_PATTERN, (_, index: string) => {
    const subflow = subflows[Number(index)];
    if (!subflow || depth > subflows.length) throw new RangeError(`The skeleton refers to subflow ${index}, which it does not hold.`);
    return writeWithSubflows(subflow, blockTexts, writeSlot, subflows, depth + 1);
  });
}

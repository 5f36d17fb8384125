/** The number a person sees for a segment: `SegmentRow.index` is 0-based, people count from 1. */
export function segmentNumber(index: number): number {
  return index + 1;
}

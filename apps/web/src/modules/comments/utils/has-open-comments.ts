import type { SegmentRow } from '@interlinea/shared';

/** The grid's "open comments" filter: the segment has an open thread about this edition or every edition. */
export function hasOpenComments(row: Pick<SegmentRow, 'openComments'>): boolean {
  return (row.openComments ?? 0) > 0;
}

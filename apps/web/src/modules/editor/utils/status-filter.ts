import { TRANSLATION_STATUSES, type SegmentRow } from '@interlinea/shared';

const OPTIONS = ['all', 'empty', ...TRANSLATION_STATUSES] as const;

/** What the editor's filter can show: everything, untouched segments, or one status. */
export type StatusFilter = (typeof OPTIONS)[number];

/** The filter's choices and its test. */
export const statusFilter = {
  options: OPTIONS,
  passes(row: SegmentRow, filter: StatusFilter): boolean {
    if (filter === 'all') return true;
    if (filter === 'empty') return row.translation === null;
    return row.translation?.status === filter;
  },
};

import type { SegmentRow } from '@interlinea/shared';
import { segmentNumber } from '../../ui';

/** Where "go to" takes the translator: a segment number, the first unconfirmed, the first or the last. */
export type GridTarget = { kind: 'number'; number: number } | { kind: 'firstUnconfirmed' } | { kind: 'first' } | { kind: 'last' };

/** A translation not confirmed yet: none, a draft, or rejected (site furniture needs none). */
export function isUnconfirmed(row: SegmentRow): boolean {
  const status = row.translation?.status;
  return row.translatable && (!status || status === 'draft' || status === 'rejected');
}

/**
 * The row a target points at among `rows` (in document order), or null when it is not among them.
 * `complete` says whether `rows` is the whole list: while pages are still arriving, "last" and a
 * number beyond the loaded rows are not answered yet (null), rather than answered wrong.
 */
export function findTarget(rows: readonly SegmentRow[], target: GridTarget, complete: boolean): SegmentRow | null {
  switch (target.kind) {
    case 'first':
      return rows.find((r) => r.translatable) ?? rows[0] ?? null;
    case 'last':
      if (!complete) return null;
      for (let at = rows.length - 1; at >= 0; at--) if (rows[at].translatable) return rows[at];
      return rows[rows.length - 1] ?? null;
    case 'firstUnconfirmed':
      return rows.find(isUnconfirmed) ?? null;
    case 'number':
      return rows.find((r) => segmentNumber(r.index) === target.number) ?? null;
  }
}

/** Parses what was typed in the "go to segment" box: a whole number from 1, or null. */
export function parseSegmentNumber(typed: string): number | null {
  const trimmed = typed.trim().replace(/^#/, '');
  if (!/^\d{1,7}$/.test(trimmed)) return null;
  const number = Number(trimmed);
  return number >= 1 ? number : null;
}

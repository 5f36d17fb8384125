import type { SegmentRow } from '@interlinea/shared';
import { draftStore } from './draft-store';
import { isUnconfirmed } from './grid-navigation';

/**
 * Where a translator resumes in an edition: where text was typed and not saved (restored after a
 * reload), else the first segment not yet translated (site furniture is not), else the first.
 */
export function resumeSegment(rows: SegmentRow[], restored: ReadonlySet<string>): string | null {
  const typed = rows.find((r) => restored.has(r.id));
  if (typed) return typed.id;
  const open = rows.find((r) => r.translatable && (!r.translation || r.translation.status === 'draft' || r.translation.status === 'rejected'));
  return (open ?? rows.find((r) => r.translatable) ?? rows[0])?.id ?? null;
}

/** The segment to open with: the one linked to, else where the translator resumes; undefined while the list still loads and that is not known yet. */
export function openingSegment(
  rows: SegmentRow[],
  rowById: ReadonlyMap<string, SegmentRow>,
  complete: boolean,
  edition: string,
  linked: string | null | undefined,
  restored: ReadonlySet<string>,
): string | null | undefined {
  if (linked && rowById.has(linked)) return linked;
  if (complete) return resumeSegment(rows, restored);
  if (linked || draftStore.hasAny(edition)) return undefined;
  // Without a link or unsaved text, the first segment to translate in the loaded rows is the first of all.
  return rows.find(isUnconfirmed)?.id;
}

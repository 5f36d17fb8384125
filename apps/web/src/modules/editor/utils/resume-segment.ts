import type { SegmentRow } from '@interlinea/shared';

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

import type { SegmentRow } from '@interlinea/shared';
import { compileSearch, replaceAll, type Replacement, type SearchOptions } from '@interlinea/text-search';

/** One segment the replacement would change, at the version the preview was made from. */
export interface ReplacePreviewItem {
  row: SegmentRow;
  version: number;
  result: Replacement;
}

export type ReplacePreview = { ok: true; items: ReplacePreviewItem[] } | { ok: false; error: string };

/**
 * Every change the replacement would make in the saved targets of these rows: the same library the
 * API applies it with, so what is previewed is what is written (or the request is refused as stale).
 */
export function replacePreview(rows: readonly SegmentRow[], find: string, replacement: string, options: SearchOptions): ReplacePreview {
  const search = compileSearch(find, options);
  if (!search.ok) return { ok: false, error: search.error };
  const items: ReplacePreviewItem[] = [];
  for (const row of rows) {
    const translation = row.translation;
    if (!translation?.text) continue;
    const result = replaceAll(translation.text, search, replacement);
    if (result.spans.length > 0 && result.after !== result.before) items.push({ row, version: translation.version, result });
  }
  return { ok: true, items };
}

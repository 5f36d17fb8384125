import type { EditionProgress, Language, SegmentRow } from '@interlinea/shared';

/** Live progress of the edition being edited, counted from the loaded segments as the API counts it (site furniture left out). */
export function editionProgress(language: Language, allRows: SegmentRow[]): EditionProgress {
  const rows = allRows.filter((row) => row.translatable);
  const progress: EditionProgress = {
    language,
    segments: rows.length,
    words: 0,
    draft: 0,
    translated: 0,
    approved: 0,
    rejected: 0,
    translatedWords: 0,
    approvedWords: 0,
    outdated: 0,
  };
  for (const row of rows) {
    progress.words += row.wordCount;
    const status = row.translation?.status;
    if (!status) continue;
    progress[status] += 1;
    if (status === 'translated' || status === 'approved') progress.translatedWords += row.wordCount;
    if (status === 'approved') progress.approvedWords += row.wordCount;
    if (row.outdated) progress.outdated = (progress.outdated ?? 0) + 1;
  }
  return progress;
}

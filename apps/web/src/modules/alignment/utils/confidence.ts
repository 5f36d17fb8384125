import type { AlignmentRow } from '@interlinea/shared';

/** How a row is shown: by the aligner's confidence, or marked bad by the reviewer. */
export type RowBand = 'sure' | 'check' | 'doubtful' | 'bad';

export const BANDS: readonly RowBand[] = ['sure', 'check', 'doubtful', 'bad'];

export function rowBand(row: AlignmentRow): RowBand {
  if (row.bad) return 'bad';
  if (row.confidence >= 0.7) return 'sure';
  if (row.confidence >= 0.4) return 'check';
  return 'doubtful';
}

/** The mark drawn with the colour, so that the band does not rest on colour alone. */
export const BAND_MARK: Record<RowBand, string> = { sure: '✓', check: '?', doubtful: '!', bad: '✕' };

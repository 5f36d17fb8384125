import type { MatchBand } from '@interlinea/shared';

/** The score of a context match: same source and same neighbouring segments. */
export const CONTEXT_MATCH_SCORE = 101;
/** Matches below this score are not offered. */
export const MIN_MATCH_SCORE = 50;

/** The analysis band of a score (after penalties); null below 50 %. */
export function bandOf(score: number): MatchBand | null {
  if (score >= 101) return '101';
  if (score >= 100) return '100';
  if (score >= 95) return '95-99';
  if (score >= 85) return '85-94';
  if (score >= 75) return '75-84';
  if (score >= 50) return '50-74';
  return null;
}

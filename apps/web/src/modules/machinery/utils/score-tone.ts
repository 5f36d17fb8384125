/** Colour family of a match score, by analysis band: exact, high and medium fuzzy, low, weak. */
export type ScoreTone = 'exact' | 'high' | 'medium' | 'low' | 'weak';

export function scoreTone(score: number): ScoreTone {
  if (score >= 100) return 'exact';
  if (score >= 95) return 'high';
  if (score >= 85) return 'medium';
  if (score >= 75) return 'low';
  return 'weak';
}

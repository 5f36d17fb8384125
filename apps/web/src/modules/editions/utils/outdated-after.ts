import type { SegmentRow, Translation } from '@interlinea/shared';

/**
 * Whether a row is still outdated once `translation` replaced its translation: a new text or
 * confirmation (a new version that is not a review decision) is stamped with its origins as they
 * are now, so it is not outdated; a review decision keeps what it was.
 */
export function outdatedAfter(row: SegmentRow, translation: Translation): boolean {
  if (!row.outdated) return false;
  const newVersion = translation.version !== row.translation?.version;
  const decision = translation.status === 'approved' || translation.status === 'rejected';
  return !(newVersion && !decision);
}

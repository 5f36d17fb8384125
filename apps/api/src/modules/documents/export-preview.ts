import type { ExportPreview, PreviewSegment, UnapprovedPolicy } from '@interlinea/shared';
import type { EditionSegment } from './documents.repository';
import { editionText } from './edition-export';

/**
 * What an export of an edition would publish under the publisher's choice for unapproved segments:
 * the segments for translation that are not approved, each with why (rejected, not reviewed yet, not
 * translated) and the text that would go out (null when the source stands in for it).
 */
export function previewExport(segments: EditionSegment[], policy: UnapprovedPolicy): Omit<ExportPreview, 'lang'> {
  const translatable = segments.filter((s) => s.translatable);
  const items: PreviewSegment[] = [];
  let approved = 0;
  for (const segment of translatable) {
    const translated = segment.text !== null && segment.text !== '';
    if (segment.status === 'approved' && translated) {
      approved += 1;
      continue;
    }
    const reason = !translated ? 'untranslated' : segment.status === 'rejected' ? 'rejected' : 'unreviewed';
    const out = editionText(segment, policy);
    items.push({
      segmentId: segment.id,
      index: segment.index,
      source: segment.source,
      text: translated && out === segment.text ? out : null,
      status: segment.status,
      reason,
    });
  }
  const count = (reason: PreviewSegment['reason']) => items.filter((i) => i.reason === reason).length;
  return {
    unapproved: policy,
    segments: translatable.length,
    approved,
    rejected: count('rejected'),
    unreviewed: count('unreviewed'),
    untranslated: count('untranslated'),
    refused: policy === 'refuse' && items.length > 0,
    items,
  };
}

import { diffTexts } from '@interlinea/tm';
import type { EditionChange } from '@interlinea/shared';
import type { EditionSegment } from '../documents/documents.repository';
import { editionText } from '../documents/edition-export';

type Compared = EditionSegment & { outdated?: boolean };

/**
 * What differs between two states of an edition (two publications, or a publication and now), segment
 * by segment (segments keep their id through corrections of the original): changed source or text,
 * added, removed. In the order of the later state; removed segments after the one that preceded them.
 */
export function editionChanges(before: EditionSegment[], after: Compared[]): EditionChange[] {
  const earlier = new Map(before.map((s) => [s.id, s]));
  const later = new Set(after.map((s) => s.id));
  const changes: EditionChange[] = [];
  const removedAfter = new Map<string | null, EditionSegment[]>();
  let previous: string | null = null;
  for (const segment of before) {
    if (!later.has(segment.id)) removedAfter.set(previous, [...(removedAfter.get(previous) ?? []), segment]);
    else previous = segment.id;
  }
  const pushRemoved = (id: string | null) => {
    for (const gone of removedAfter.get(id) ?? []) changes.push(entry('removed', gone, null));
  };
  pushRemoved(null);
  for (const segment of after) {
    const old = earlier.get(segment.id);
    if (!old) changes.push(entry('added', null, segment));
    else if (old.source !== segment.source || shown(old) !== shown(segment)) changes.push(entry('changed', old, segment));
    pushRemoved(segment.id);
  }
  return changes;
}

const shown = (segment: EditionSegment) => editionText(segment, 'translation');

function entry(change: EditionChange['change'], before: EditionSegment | null, after: Compared | null): EditionChange {
  const sourceBefore = before?.source ?? null;
  const sourceAfter = after?.source ?? null;
  const textBefore = before ? shown(before) : null;
  const textAfter = after ? shown(after) : null;
  return {
    segmentId: (after ?? before)!.id,
    index: (after ?? before)!.index,
    change,
    sourceBefore,
    sourceAfter,
    textBefore,
    textAfter,
    sourceDiff: diffTexts(sourceBefore ?? '', sourceAfter ?? ''),
    textDiff: diffTexts(textBefore ?? '', textAfter ?? ''),
    ...(after?.outdated !== undefined ? { outdated: after.outdated } : {}),
  };
}

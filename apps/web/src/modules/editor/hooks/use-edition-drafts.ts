import type { SegmentRow } from '@interlinea/shared';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { draftStore } from '../utils/draft-store';
import { useLatest } from './use-latest';

/** The unsaved text of one edition, kept in this browser until the server has it. */
export interface EditionDrafts {
  /** Unsaved text per segment id; re-renders when it changes. */
  drafts: ReadonlyMap<string, string>;
  /** Segments whose unsaved text came back from storage after a reload. */
  restored: ReadonlySet<string>;
  /** Puts text typed (or inserted) into a segment; stable across renders. */
  put: (segmentId: string, text: string) => void;
  /** The segment's unsaved text now, if it has any. */
  typed: (segmentId: string) => string | undefined;
  /** The segment's translation as last loaded or saved ('' when none). */
  savedText: (segmentId: string) => string;
  /** Drops the segment's unsaved text: the saved translation shows again. */
  discard: (segmentId: string) => void;
}

/**
 * Drafts of the edition `documentId:lang`. Text typed before a reload (or a crash) comes back from this
 * browser's storage on the first render, marked as restored.
 */
export function useEditionDrafts(edition: string, rowById: ReadonlyMap<string, SegmentRow>, complete = true): EditionDrafts {
  // Restored once every segment is loaded: a draft of a segment not loaded yet would look like one of a removed segment.
  const [restoredFor, setRestoredFor] = useState<string | null>(() => (complete ? restoreDrafts(edition, rowById) : null));
  useEffect(() => {
    if (complete && restoredFor !== edition) setRestoredFor(restoreDrafts(edition, rowById));
  }, [complete, edition, restoredFor, rowById]);
  const drafts = useSyncExternalStore(draftStore.subscribe, () => draftStore.get(edition));
  const restored = useSyncExternalStore(draftStore.subscribe, () => draftStore.restored(edition));
  // Saves and typing compare with the rows as last rendered, also from stable callbacks.
  const rows = useLatest(rowById);

  const put = useCallback(
    (segmentId: string, text: string) => {
      const translation = rows.current.get(segmentId)?.translation;
      draftStore.set(edition, segmentId, text, translation?.text ?? '', translation?.version ?? 0);
    },
    [edition, rows],
  );

  return {
    drafts,
    restored,
    put,
    typed: (segmentId) => draftStore.get(edition).get(segmentId),
    savedText: (segmentId) => rows.current.get(segmentId)?.translation?.text ?? '',
    discard: (segmentId) => draftStore.discard(edition, segmentId),
  };
}

function restoreDrafts(edition: string, rowById: ReadonlyMap<string, SegmentRow>): string {
  draftStore.restore(edition, (id) => {
    const row = rowById.get(id);
    return row && (row.translation?.text ?? '');
  });
  return edition;
}

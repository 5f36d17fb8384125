import type { DocumentEvent, Language, SavedEvent, SegmentRow, Translation } from '@interlinea/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { draftStore } from '../../editor/utils/draft-store';
import { segmentsQueryKey } from '../../editor/utils/segments-query-key';

/** A save by someone else that arrived while this person has unsaved text in the same segment. */
export interface IncomingChange {
  segmentId: string;
  event: SavedEvent;
}

export interface LiveEdition {
  /** Applies one event of the document's stream to the open edition. */
  apply: (event: DocumentEvent) => void;
  /** Others' saves waiting beside the local draft, by segment. */
  incoming: ReadonlyMap<string, IncomingChange>;
  /** Drops the local draft: their text stays. */
  useTheirs: (segmentId: string) => void;
  /** Keeps the local draft, now typed over their version (its save goes through without a conflict). */
  keepMine: (segmentId: string) => void;
}

/**
 * Live updates of the grid: others' saves (typed, approved, propagated repetitions, pre-translation)
 * replace the row's translation and advance its version at once, so the progress counts them and a
 * later confirmation is not answered with a conflict. A row with unsaved local text keeps that text:
 * the incoming one is offered beside it. Comments move the row's open-thread count.
 */
export function useLiveEdition(documentId: string, lang: Language, myUserId: string | undefined): LiveEdition {
  const queryClient = useQueryClient();
  const edition = `${documentId}:${lang}`;
  const [incoming, setIncoming] = useState<ReadonlyMap<string, IncomingChange>>(new Map());

  const patchRows = useCallback(
    (patch: (rows: SegmentRow[]) => SegmentRow[]) => queryClient.setQueryData<SegmentRow[]>(segmentsQueryKey(documentId, lang), (rows) => rows && patch(rows)),
    [queryClient, documentId, lang],
  );

  const applySave = useCallback(
    (event: SavedEvent) => {
      const rows = queryClient.getQueryData<SegmentRow[]>(segmentsQueryKey(documentId, lang));
      const row = rows?.find((r) => r.id === event.segmentId);
      if (!row || (row.translation?.version ?? 0) >= event.version) return;
      const translation: Translation = {
        ...row.translation,
        text: event.text,
        status: event.status,
        origin: event.origin,
        version: event.version,
        authorName: event.authorName,
        updatedAt: event.at,
        reviewComment: event.kind === 'reviewed' ? (row.translation?.reviewComment ?? null) : null,
        ...(event.kind === 'reviewed' ? { reviewerName: event.authorName, reviewedAt: event.at } : {}),
      };
      patchRows((list) => list.map((r) => (r.id === event.segmentId ? { ...r, translation } : r)));
      const draft = draftStore.get(edition).get(event.segmentId);
      if (draft === undefined) return;
      if (draft === event.text) return draftStore.settle(edition, event.segmentId, event.text, event.version);
      if (event.authorId === myUserId) return;
      setIncoming((current) => new Map(current).set(event.segmentId, { segmentId: event.segmentId, event }));
    },
    [queryClient, documentId, lang, edition, patchRows, myUserId],
  );

  const apply = useCallback(
    (event: DocumentEvent) => {
      if (event.type === 'saved' && event.language === lang) applySave(event);
      if (event.type === 'comment' && (event.language === null || event.language === lang)) {
        const delta = event.action === 'resolved' ? -1 : event.parentId === null || event.action === 'reopened' ? 1 : 0;
        // my own post or resolve has already set the row's count from the thread (not counted twice)
        if (delta !== 0 && event.authorId !== myUserId)
          patchRows((list) => list.map((r) => (r.id === event.segmentId ? { ...r, openComments: Math.max(0, (r.openComments ?? 0) + delta) } : r)));
        void queryClient.invalidateQueries({ queryKey: ['comments', event.segmentId] });
      }
    },
    [lang, applySave, patchRows, queryClient, myUserId],
  );

  return useMemo(() => {
    const settle = (segmentId: string) =>
      setIncoming((current) => {
        const next = new Map(current);
        next.delete(segmentId);
        return next;
      });
    return {
      apply,
      incoming,
      useTheirs: (segmentId: string) => {
        draftStore.discard(edition, segmentId);
        settle(segmentId);
      },
      keepMine: (segmentId: string) => {
        const change = incoming.get(segmentId);
        if (change) draftStore.settle(edition, segmentId, change.event.text, change.event.version);
        settle(segmentId);
      },
    };
  }, [apply, incoming, edition]);
}

import { versionConflictDetailsSchema, type Language, type SegmentRow, type Translation } from '@interlinea/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import { ApiRequestError } from '../../../api/api-request-error';
import { segmentsApi } from '../../../api/segments-api';
import { editionOrigin, outdatedAfter } from '../../editions';
import { suggestionProvenance } from '../../machinery';
import { useOfflineQueue, type OfflineQueue } from '../../offline';
import { useMe } from '../../session';
import { draftStore } from '../utils/draft-store';
import { segmentsQueryKey } from '../utils/segments-query-key';

type SaveStatus = 'draft' | 'translated';

/** A stale save: what the user tried to save, and what someone else saved in between. */
export interface SaveConflict {
  segmentId: string;
  mine: { text: string; status: SaveStatus };
  theirs: Translation;
}

export interface TranslationSaver {
  /** Saves text with a status; resolves true when saved. Saves of one segment run one after another. */
  save: (segmentId: string, text: string, status: SaveStatus, version?: number) => Promise<boolean>;
  /** Puts a translation into the loaded list (after a save, a review, or "take theirs"). */
  applyTranslation: (segmentId: string, translation: Translation) => void;
  conflict: SaveConflict | null;
  keepMine: () => void;
  takeTheirs: () => void;
  /** Closes the conflict dialog without deciding; the typed text stays as an unsaved draft. */
  postpone: () => void;
  saving: ReadonlySet<string>;
  error: unknown;
  dismissError: () => void;
  inFlight: () => boolean;
  /** Saves made while the server could not be reached, waiting in this browser. */
  offline: OfflineQueue;
}

/**
 * Optimistic-concurrent saving for one edition. Each save sends the version the editor holds; a 409
 * opens a conflict with both versions, and the typed text stays in the draft store whatever happens.
 */
export function useTranslationSaver(documentId: string, lang: Language): TranslationSaver {
  const queryClient = useQueryClient();
  const edition = `${documentId}:${lang}`;
  const chains = useRef(new Map<string, Promise<boolean>>());
  const [conflicts, setConflicts] = useState<SaveConflict[]>([]);
  const [saving, setSaving] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<unknown>(null);

  const applyTranslation = useCallback(
    (segmentId: string, translation: Translation) => {
      queryClient.setQueryData<SegmentRow[]>(segmentsQueryKey(documentId, lang), (rows) =>
        rows?.map((row) => (row.id === segmentId ? { ...row, translation, outdated: outdatedAfter(row, translation) } : row)),
      );
    },
    [queryClient, documentId, lang],
  );

  const offline = useOfflineQueue({
    userId: useMe().data?.id ?? '',
    documentId,
    lang,
    send: (change) =>
      segmentsApi.save(change.segmentId, change.lang, { text: change.text, status: change.status, version: change.baseVersion, ...change.provenance }),
    onRestore: (change) => {
      if (draftStore.get(edition).has(change.segmentId)) return;
      const translation = queryClient.getQueryData<SegmentRow[]>(segmentsQueryKey(documentId, lang))?.find((r) => r.id === change.segmentId)?.translation;
      draftStore.set(edition, change.segmentId, change.text, translation?.text ?? '', change.baseVersion);
    },
    onSaved: (change, saved) => {
      if (change.status === 'translated') suggestionProvenance.forget(edition, change.segmentId);
      applyTranslation(change.segmentId, saved);
      draftStore.settle(edition, change.segmentId, saved.text, saved.version);
    },
    onConflict: (change, theirs) =>
      setConflicts((list) => [
        ...list.filter((c) => c.segmentId !== change.segmentId),
        { segmentId: change.segmentId, mine: { text: change.text, status: change.status }, theirs },
      ]),
  });
  const { mustWait, enqueue, keepFailed } = offline;

  const save = useCallback(
    (segmentId: string, text: string, status: SaveStatus, version?: number): Promise<boolean> => {
      const run = async (): Promise<boolean> => {
        const rows = queryClient.getQueryData<SegmentRow[]>(segmentsQueryKey(documentId, lang));
        const row = rows?.find((r) => r.id === segmentId);
        const savedText = row?.translation?.text ?? '';
        // Whatever happens next, the text is safe in the draft store until the server has it.
        const savedVersion = row?.translation?.version ?? 0;
        draftStore.set(edition, segmentId, text, savedText, savedVersion);
        // A draft restored after a reload was typed over an older version maybe: send that one, so a save
        // made elsewhere in between comes back as a conflict instead of being overwritten.
        const base = version ?? draftStore.baseVersion(edition, segmentId) ?? savedVersion;
        // A suggestion taken for this segment goes along (origin + the text as offered) until it is confirmed,
        // and what it was made from: the suggestion's origin (MT through a pivot), else the pivot edition the translator works from.
        const provenance = suggestionProvenance.get(edition, segmentId);
        const fromLanguage = provenance ? provenance.fromLanguage : editionOrigin.fromLanguageFor(documentId, lang, segmentId);
        const request = { text, status, version: base, ...provenance, fromLanguage };
        // Offline (or older changes still wait): the save waits in this browser's queue, in order.
        if (mustWait(segmentId)) {
          await enqueue(segmentId, request);
          return false;
        }
        setSaving((s) => new Set(s).add(segmentId));
        try {
          const saved = await segmentsApi.save(segmentId, lang, request);
          if (status === 'translated') suggestionProvenance.forget(edition, segmentId);
          applyTranslation(segmentId, saved);
          draftStore.settle(edition, segmentId, saved.text, saved.version);
          return true;
        } catch (cause) {
          // The connection dropped or the server is away (503): the save waits in the queue and is sent again.
          if (keepFailed(segmentId, request, cause)) return false;
          const details = cause instanceof ApiRequestError && cause.status === 409 ? versionConflictDetailsSchema.safeParse(cause.details) : null;
          if (details?.success) {
            const theirs = details.data.current;
            setConflicts((list) => [...list.filter((c) => c.segmentId !== segmentId), { segmentId, mine: { text, status }, theirs }]);
          } else {
            setError(cause);
          }
          return false;
        } finally {
          setSaving((s) => {
            const next = new Set(s);
            next.delete(segmentId);
            return next;
          });
        }
      };
      const previous = chains.current.get(segmentId) ?? Promise.resolve(true);
      const next = previous.then(run, run);
      chains.current.set(segmentId, next);
      void next.finally(() => {
        if (chains.current.get(segmentId) === next) chains.current.delete(segmentId);
      });
      return next;
    },
    [queryClient, documentId, lang, edition, applyTranslation, mustWait, enqueue, keepFailed],
  );

  const conflict = conflicts[0] ?? null;
  const close = useCallback(() => setConflicts((list) => list.slice(1)), []);

  return useMemo(
    () => ({
      save,
      applyTranslation,
      conflict,
      keepMine: () => {
        if (!conflict) return;
        close();
        void save(conflict.segmentId, conflict.mine.text, conflict.mine.status, conflict.theirs.version);
      },
      takeTheirs: () => {
        if (!conflict) return;
        close();
        applyTranslation(conflict.segmentId, conflict.theirs);
        draftStore.discard(edition, conflict.segmentId);
      },
      postpone: close,
      saving,
      error,
      dismissError: () => setError(null),
      inFlight: () => chains.current.size > 0,
      offline,
    }),
    [save, applyTranslation, conflict, close, saving, error, edition, offline],
  );
}

import { MAX_UPLOAD_BYTES, type ImportResult } from '@interlinea/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { documentsApi } from '../../../api/documents-api';

/** Where one file of an import stands. */
export type UploadState =
  | { phase: 'refused' }
  | { phase: 'waiting' }
  | { phase: 'sending'; sent: number }
  | { phase: 'done'; result: ImportResult }
  | { phase: 'failed'; error: unknown };

/** One file dropped or picked, and what became of it. */
export interface UploadItem {
  key: string;
  name: string;
  size: number;
  state: UploadState;
}

export interface UploadQueue {
  items: UploadItem[];
  /** Queues files; each is sent on its own, one after another. Files over the limit are refused here. */
  add: (files: File[], options: { mainContentOnly: boolean }) => void;
  /** Sends a file again that the server refused for its language, confirming that language (LANGUAGE_MISMATCH). */
  confirmLanguage: (key: string) => void;
  /** Forgets the finished lines. */
  clearFinished: () => void;
  busy: boolean;
}

let nextKey = 0;

/**
 * Imports several files into a project, one request per file, one after another (the server
 * segments each in its own transaction). Each line keeps its progress, result or error.
 */
export function useUploadQueue(projectId: string): UploadQueue {
  const queryClient = useQueryClient();
  const [items, setItems] = useState<UploadItem[]>([]);
  const chain = useRef<Promise<void>>(Promise.resolve());
  /** The files still to be sent or that may be sent again, with their options. */
  const pending = useRef(new Map<string, { file: File; mainContentOnly: boolean }>());

  const update = useCallback((key: string, state: UploadState) => {
    setItems((list) => list.map((item) => (item.key === key ? { ...item, state } : item)));
  }, []);

  const send = useCallback(
    (key: string, confirmLanguage: boolean) => {
      const entry = pending.current.get(key);
      if (!entry) return;
      chain.current = chain.current.then(async () => {
        update(key, { phase: 'sending', sent: 0 });
        try {
          const result = await documentsApi.upload(projectId, entry.file, {
            mainContentOnly: entry.mainContentOnly,
            confirmLanguage,
            onProgress: (sent) => update(key, { phase: 'sending', sent }),
          });
          update(key, { phase: 'done', result });
          pending.current.delete(key);
          void queryClient.invalidateQueries({ queryKey: ['projects'] });
        } catch (error) {
          update(key, { phase: 'failed', error });
        }
      });
    },
    [projectId, queryClient, update],
  );

  const add = useCallback(
    (files: File[], options: { mainContentOnly: boolean }) => {
      const queued = files.map((file) => ({
        file,
        item: {
          key: `upload-${(nextKey += 1)}`,
          name: file.name,
          size: file.size,
          state: file.size > MAX_UPLOAD_BYTES ? { phase: 'refused' } : { phase: 'waiting' },
        } satisfies UploadItem as UploadItem,
      }));
      setItems((list) => [...list, ...queued.map((q) => q.item)]);
      for (const { file, item } of queued) {
        if (item.state.phase === 'refused') continue;
        pending.current.set(item.key, { file, mainContentOnly: options.mainContentOnly });
        send(item.key, false);
      }
    },
    [send],
  );
  const confirmLanguage = useCallback((key: string) => send(key, true), [send]);

  const clearFinished = useCallback(
    () =>
      setItems((list) => {
        const kept = list.filter((i) => i.state.phase === 'waiting' || i.state.phase === 'sending');
        for (const key of [...pending.current.keys()]) if (!kept.some((i) => i.key === key)) pending.current.delete(key);
        return kept;
      }),
    [],
  );
  const busy = items.some((i) => i.state.phase === 'waiting' || i.state.phase === 'sending');
  return { items, add, confirmLanguage, clearFinished, busy };
}

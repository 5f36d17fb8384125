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

  const update = useCallback((key: string, state: UploadState) => {
    setItems((list) => list.map((item) => (item.key === key ? { ...item, state } : item)));
  }, []);

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
        chain.current = chain.current.then(async () => {
          update(item.key, { phase: 'sending', sent: 0 });
          try {
            const result = await documentsApi.upload(projectId, file, {
              mainContentOnly: options.mainContentOnly,
              onProgress: (sent) => update(item.key, { phase: 'sending', sent }),
            });
            update(item.key, { phase: 'done', result });
            void queryClient.invalidateQueries({ queryKey: ['projects'] });
          } catch (error) {
            update(item.key, { phase: 'failed', error });
          }
        });
      }
    },
    [projectId, queryClient, update],
  );

  const clearFinished = useCallback(() => setItems((list) => list.filter((i) => i.state.phase === 'waiting' || i.state.phase === 'sending')), []);
  const busy = items.some((i) => i.state.phase === 'waiting' || i.state.phase === 'sending');
  return { items, add, clearFinished, busy };
}

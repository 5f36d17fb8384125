import { applyRowEdit, type RowEdit } from '@interlinea/align';
import type { Alignment } from '@interlinea/shared';
import { useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { alignmentApi } from '../../../api/alignment-api';
import { ApiRequestError } from '../../../api/api-request-error';

export const alignmentQueryKey = (id: string) => ['alignment', id] as const;

export function useAlignment(id: string): UseQueryResult<Alignment> {
  return useQuery({ queryKey: alignmentQueryKey(id), queryFn: ({ signal }) => alignmentApi.get(id, signal), staleTime: Infinity });
}

export type SaveState = 'idle' | 'saving' | 'saved' | 'reloaded' | 'failed';

/**
 * Review edits: shown at once (the same pure function as the server's), then saved one after the
 * other, each over the version the previous one answered; a stale version reloads the alignment.
 */
export function useAlignmentEdits(id: string): { edit: (edit: RowEdit) => void; state: SaveState; error: unknown } {
  const queryClient = useQueryClient();
  const queue = useRef<Promise<void>>(Promise.resolve());
  const pending = useRef(0);
  const [state, setState] = useState<SaveState>('idle');
  const [error, setError] = useState<unknown>(null);
  const key = alignmentQueryKey(id);

  const edit = useCallback(
    (change: RowEdit) => {
      const shown = queryClient.getQueryData<Alignment>(key);
      if (!shown || shown.committedAt) return;
      try {
        queryClient.setQueryData<Alignment>(key, { ...shown, rows: applyRowEdit(shown.rows, change) });
      } catch {
        return; // an edit that does not apply here (e.g. merge on the last row) does nothing
      }
      pending.current++;
      setState('saving');
      queue.current = queue.current.then(async () => {
        const base = queryClient.getQueryData<Alignment>(key);
        try {
          // the cached version is the last one the server confirmed (edits shown ahead keep it)
          const saved = await alignmentApi.edit(id, { ...change, version: base?.version ?? shown.version });
          pending.current--;
          // later edits are already shown on top of this one: keep the rows shown, take the version
          queryClient.setQueryData<Alignment>(key, pending.current === 0 ? saved : { ...(base ?? saved), version: saved.version });
          if (pending.current === 0) setState('saved');
        } catch (cause) {
          pending.current = 0;
          setError(cause);
          setState(cause instanceof ApiRequestError && cause.status === 409 ? 'reloaded' : 'failed');
          await queryClient.invalidateQueries({ queryKey: key });
          queue.current = Promise.resolve();
        }
      });
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [id, queryClient],
  );
  return { edit, state, error };
}

import type { MemoryScope, TmxImportResult } from '@interlinea/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { memoryApi } from '../../../api/memory-api';

/** How often the server is asked how far it has read the uploaded file. */
const POLL_MS = 400;

/** Where an import is: the upload (share sent), then the server reading the file (share read, when it says). */
export type TmxImportPhase = { step: 'upload'; share: number } | { step: 'read'; share: number | null };

/** A token to follow an import with: random, and fine outside secure contexts (plain http on a LAN). */
function progressToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * A TMX import with a progress bar for all of it: the upload's share as the browser sends the
 * file, then the share of the file the server has read, asked for every POLL_MS.
 */
export function useTmxImport(projectId: string) {
  const queryClient = useQueryClient();
  const [phase, setPhase] = useState<TmxImportPhase | null>(null);
  const [result, setResult] = useState<TmxImportResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const polling = useRef<ReturnType<typeof setInterval> | null>(null);
  const stopPolling = () => {
    if (polling.current) clearInterval(polling.current);
    polling.current = null;
  };
  useEffect(() => stopPolling, []);

  const start = async (file: File, scope: MemoryScope): Promise<boolean> => {
    setResult(null);
    setError(null);
    setPhase({ step: 'upload', share: 0 });
    const token = progressToken();
    const read = () =>
      void memoryApi.importProgress(projectId, token).then(
        (progress) => progress && polling.current && setPhase({ step: 'read', share: progress.total > 0 ? progress.read / progress.total : null }),
        () => undefined, // the bar waits for the next answer
      );
    const onProgress = (share: number) => {
      if (share < 1) return setPhase({ step: 'upload', share });
      if (polling.current) return;
      setPhase({ step: 'read', share: null });
      polling.current = setInterval(read, POLL_MS);
    };
    try {
      setResult(await memoryApi.importTmx(projectId, file, scope, { onProgress, progress: token }));
      void queryClient.invalidateQueries({ queryKey: ['machinery'] });
      void queryClient.invalidateQueries({ queryKey: ['concordance'] });
      return true;
    } catch (cause) {
      setError(cause);
      return false;
    } finally {
      stopPolling();
      setPhase(null);
    }
  };

  return { phase, result, error, start };
}

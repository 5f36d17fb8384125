import type { Language } from '@interlinea/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { batchEditsApi } from '../../../api/batch-edits-api';
import { segmentsQueryKey } from '../utils/segments-query-key';

export interface ReplaceBatches {
  dialogOpen: boolean;
  open: () => void;
  close: () => void;
  /** The last replace applied, which can be undone as a whole. */
  last: { batchId: string; count: number } | null;
  done: (batchId: string, count: number) => void;
  undo: () => void;
  undoing: boolean;
  error: unknown;
  dismiss: () => void;
}

/** The replace dialog, and undoing the last replace batch. */
export function useReplaceBatches(documentId: string, lang: Language): ReplaceBatches {
  const queryClient = useQueryClient();
  const [dialogOpen, setDialogOpen] = useState(false);
  const [last, setLast] = useState<{ batchId: string; count: number } | null>(null);
  const [undoing, setUndoing] = useState(false);
  const [error, setError] = useState<unknown>(null);
  return {
    dialogOpen,
    open: () => setDialogOpen(true),
    close: () => setDialogOpen(false),
    last,
    done: (batchId, count) => {
      setError(null);
      setLast({ batchId, count });
    },
    undo: () => {
      if (!last || undoing) return;
      setUndoing(true);
      batchEditsApi
        .undoReplace(documentId, last.batchId)
        .then(() => setLast(null))
        .catch(setError)
        .finally(() => {
          setUndoing(false);
          void queryClient.invalidateQueries({ queryKey: segmentsQueryKey(documentId, lang) });
        });
    },
    undoing,
    error,
    dismiss: () => {
      setLast(null);
      setError(null);
    },
  };
}

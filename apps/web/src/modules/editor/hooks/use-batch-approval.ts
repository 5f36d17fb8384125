import type { Language, SegmentRow } from '@interlinea/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../../../api/api-request-error';
import { batchEditsApi } from '../../../api/batch-edits-api';
import { describeError } from '../../ui';
import { segmentsQueryKey } from '../utils/segments-query-key';

export interface BatchApproval {
  selected: ReadonlySet<string>;
  toggle: (segmentId: string) => void;
  /** Selects every shown segment awaiting review (translated, with a text). */
  selectShown: (rows: readonly SegmentRow[]) => void;
  clear: () => void;
  approve: () => void;
  busy: boolean;
}

/** Awaiting review: a rejected text goes back to its translator first, a draft is not finished. */
export const approvable = (row: SegmentRow) => !!row.translation?.text && row.translation.status === 'translated';

/** A selection of segments approved at once, e.g. every 100 % match shown by the filter: one transaction, all or nothing. */
export function useBatchApproval(documentId: string, lang: Language, rowById: ReadonlyMap<string, SegmentRow>, onNotice: (m: string) => void): BatchApproval {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  return {
    selected,
    busy,
    toggle: (segmentId) =>
      setSelected((current) => {
        const next = new Set(current);
        if (!next.delete(segmentId)) next.add(segmentId);
        return next;
      }),
    selectShown: (rows) => setSelected(new Set(rows.filter(approvable).map((r) => r.id))),
    clear: () => setSelected(new Set()),
    approve: () => {
      const rows = [...selected].map((id) => rowById.get(id)).filter((r): r is SegmentRow => !!r && approvable(r));
      if (rows.length === 0 || busy) return;
      setBusy(true);
      batchEditsApi
        .approve(documentId, { lang, segmentIds: rows.map((r) => r.id), versions: rows.map((r) => r.translation!.version) })
        .then((result) => {
          onNotice(t('review:batch.done', { count: result.approved.length }));
          setSelected(new Set());
        })
        .catch((error: unknown) => onNotice(error instanceof ApiRequestError && error.status === 409 ? t('review:batch.stale') : describeError(t, error)))
        .finally(() => {
          setBusy(false);
          void queryClient.invalidateQueries({ queryKey: segmentsQueryKey(documentId, lang) });
        });
    },
  };
}

import type { MemoryBulkResult } from '@interlinea/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { memoryReviewApi, type MemoryOwner } from '../../../api/memory-review-api';
import { Dialog, ErrorMessage } from '../../ui';
import { bulkFilter, type UnitFilter } from '../utils/unit-filter';

type Action = MemoryBulkResult['action'];

interface BulkBarProps {
  owner: MemoryOwner;
  filter: UnitFilter;
  canDelete: boolean;
  onChanged: () => void;
}

/** Retire, restore, vouch for or delete every unit of the filter: a preview counts them first; retirements and vouches can be undone. */
export function MemoryBulkBar({ owner, filter, canDelete, onChanged }: BulkBarProps) {
  const { t } = useTranslation('memoryReview');
  const [preview, setPreview] = useState<MemoryBulkResult | null>(null);
  const [done, setDone] = useState<MemoryBulkResult | null>(null);
  const [undone, setUndone] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const run = async (action: Action, dryRun: boolean) => {
    setError(null);
    setBusy(true);
    try {
      const result = await memoryReviewApi.bulk(owner, { filter: bulkFilter(filter), action, dryRun });
      if (dryRun) setPreview(result);
      else {
        setPreview(null);
        setDone(result);
        setUndone(null);
        onChanged();
      }
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };
  const undo = async () => {
    if (!done?.batchId) return;
    try {
      const result = await memoryReviewApi.undo(owner, done.batchId);
      setDone(null);
      setUndone(result.count);
      onChanged();
    } catch (cause) {
      setError(cause);
    }
  };
  const apply = preview && (
    <button
      key="apply"
      type="button"
      className={`button ${preview.action === 'delete' ? 'button--danger' : 'button--primary'}`}
      disabled={busy || preview.count === 0}
      onClick={() => void run(preview.action, false)}
      data-testid="bulk-apply"
    >
      {t('bulk.apply')}
    </button>
  );
  const cancel = (
    <button key="cancel" type="button" className="button" onClick={() => setPreview(null)}>
      {t('unit.cancel')}
    </button>
  );
  const actions: Action[] = canDelete ? ['retire', 'restore', 'vouch', 'delete'] : ['retire', 'restore', 'vouch'];

  return (
    <div className="memory-bulk" data-testid="memory-bulk">
      <span className="small muted">{t('bulk.label')}:</span>
      {actions.map((action) => (
        <button
          key={action}
          type="button"
          className={`button button--small${action === 'delete' ? ' button--danger' : ''}`}
          disabled={busy}
          onClick={() => void run(action, true)}
          data-testid={`bulk-${action}`}
        >
          {t(`bulk.${action}`)}
        </button>
      ))}
      {done && (
        <span className="memory-bulk__done" role="status" data-testid="bulk-done">
          {t('bulk.done', { count: done.count })}
          {done.batchId !== null && done.count > 0 && (
            <button type="button" className="button button--small" onClick={() => void undo()} data-testid="bulk-undo">
              {t('bulk.undo')}
            </button>
          )}
        </span>
      )}
      {undone !== null && (
        <span role="status" className="memory-bulk__done" data-testid="bulk-undone">
          {t('bulk.undone', { count: undone })}
        </span>
      )}
      {error !== null && <ErrorMessage error={error} />}
      {preview && (
        <Dialog
          title={t('bulk.confirmTitle')}
          onClose={() => setPreview(null)}
          testId="bulk-confirm"
          footer={
            // the dialog gives the focus to its first button: Enter applies, except a deletion, where it cancels
            preview.action === 'delete' ? [cancel, apply] : [apply, cancel]
          }
        >
          <p data-testid="bulk-preview">{t(`bulk.confirm.${preview.action}`, { count: preview.count })}</p>
          {preview.totalCapped && <p className="muted small">{t('bulk.capped')}</p>}
        </Dialog>
      )}
    </div>
  );
}

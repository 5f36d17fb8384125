import { useTranslation } from 'react-i18next';
import { offlineQueueStore } from '../utils/offline-services';
import type { QueuedChange } from '../utils/queued-change';

/** A segment's label while its change waits in the queue, or why the server refused it. */
export function QueuedMark({ change }: { change: QueuedChange }) {
  const { t } = useTranslation();
  if (change.error) {
    // Dropping it from the queue keeps the text in the segment, as unsaved text to edit or discard.
    return (
      <>
        <span className="queued-mark queued-mark--refused" role="alert" data-testid="queued-refused">
          {t('offline:row.refused', { message: change.error.message })}
        </span>
        <button type="button" className="button button--ghost button--small" onClick={() => void offlineQueueStore().remove(change)}>
          {t('offline:row.dismiss')}
        </button>
      </>
    );
  }
  return (
    <span className="queued-mark" title={t('offline:row.waitingHint')} data-testid="queued-label">
      {t('offline:row.waiting')}
    </span>
  );
}

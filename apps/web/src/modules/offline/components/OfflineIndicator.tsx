import { useTranslation } from 'react-i18next';
import type { OfflineQueue } from '../hooks/use-offline-queue';
import { pageConnection } from '../utils/offline-services';

interface OfflineIndicatorProps {
  queue: Pick<OfflineQueue, 'connection' | 'changes' | 'sending'>;
}

/**
 * The editor header's word on the connection: "offline — 3 changes waiting", "sending…", or how many
 * changes the server refused. Shows nothing while online with nothing waiting.
 */
export function OfflineIndicator({ queue }: OfflineIndicatorProps) {
  const { t } = useTranslation();
  const { connection, changes, sending } = queue;
  const waiting = changes.filter((c) => !c.error).length;
  const refused = changes.length - waiting;
  let text: string | null = null;
  let tone = 'waiting';
  if (connection.status !== 'online') {
    tone = connection.status;
    text = waiting > 0 ? t(`offline:header.${connection.status}`, { count: waiting }) : t(`offline:header.${connection.status}Nothing`);
  } else if (sending) text = t('offline:header.sending');
  else if (waiting > 0) text = t('offline:header.waiting', { count: waiting });
  return (
    <div className="offline-indicator" role="status" aria-live="polite" data-testid="offline-indicator" data-connection={connection.status}>
      {text && (
        <span className={`offline-indicator__state offline-indicator__state--${tone}`} title={t('offline:header.hint')}>
          {text}
        </span>
      )}
      {text && connection.status !== 'online' && waiting > 0 && (
        <button type="button" className="button button--ghost button--small" onClick={() => void pageConnection().check()}>
          {t('offline:header.retry')}
        </button>
      )}
      {refused > 0 && (
        <span className="offline-indicator__state offline-indicator__state--refused" data-testid="offline-refused">
          {t('offline:header.refused', { count: refused })}
        </span>
      )}
    </div>
  );
}

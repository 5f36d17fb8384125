import { useTranslation } from 'react-i18next';
import { lockKey } from '../utils/lock-key';
import { useLive } from './live-context';

/** On a row: the initials of the others on this segment, and who is typing in it. */
export function RowPresence({ segmentId }: { segmentId: string }) {
  const { t } = useTranslation();
  const live = useLive();
  if (!live) return null;
  const here = live.present.filter((p) => p.segmentId === segmentId && p.clientId !== live.clientId);
  const lock = live.locks.get(lockKey(segmentId, live.lang));
  const typing = lock && lock.clientId !== live.clientId ? lock : null;
  if (here.length === 0 && !typing) return null;
  return (
    <span className="row-presence" data-testid="row-presence">
      {here.map((p) => (
        <span key={p.clientId} className="initials initials--small" title={p.name} data-testid="row-initials">
          {p.initials}
        </span>
      ))}
      {typing && (
        <span className="row-presence__typing" data-testid="row-typing">
          {t('live:typing', { name: typing.name })}
        </span>
      )}
    </span>
  );
}

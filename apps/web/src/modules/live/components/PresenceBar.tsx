import { segmentNumber } from '../../ui';
import { useTranslation } from 'react-i18next';
import { useLive } from './live-context';

/** The editor header's list of who has the document open, and on which segment. */
export function PresenceBar() {
  const { t } = useTranslation();
  const live = useLive();
  if (!live) return null;
  const others = live.present.filter((p) => p.clientId !== live.clientId);
  return (
    <div className="presence-bar" data-testid="presence-bar" aria-live="polite">
      {!live.connected && (
        <span className="presence-bar__offline" data-testid="live-reconnecting">
          {t('live:reconnecting')}
        </span>
      )}
      {others.length > 0 && <span className="presence-bar__label">{t('live:here')}</span>}
      <ul className="presence-bar__list">
        {others.map((p) => {
          const row = p.segmentId ? live.rowById.get(p.segmentId) : undefined;
          const where = row ? t('live:onSegment', { number: segmentNumber(row.index) }) : t('live:noSegment');
          return (
            <li key={p.clientId} className="presence-bar__person" data-testid="present-person" title={`${p.name} · ${where}`}>
              <span className="initials" aria-hidden="true">
                {p.initials}
              </span>
              <span className="presence-bar__name">{p.name}</span>
              <span className="presence-bar__where">{where}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

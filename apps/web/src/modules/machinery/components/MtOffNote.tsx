import { useState } from 'react';
import { useTranslation } from 'react-i18next';

const STORAGE_KEY = 'interlinea.mtOffNoteSeen';

function seen(): boolean {
  try {
    return window.sessionStorage.getItem(STORAGE_KEY) === '1';
  } catch {
    return false;
  }
}

/** MT is off: says why and how to turn it on, quietly, until the translator has read it (once per session). */
export function MtOffNote({ reason }: { reason: string | undefined }) {
  const { t } = useTranslation();
  const [hidden, setHidden] = useState(seen);
  if (hidden) return null;
  const dismiss = () => {
    try {
      window.sessionStorage.setItem(STORAGE_KEY, '1');
    } catch {
      // storage blocked: the note hides for this page only
    }
    setHidden(true);
  };
  return (
    <div className="machinery-note" role="note" data-testid="mt-off">
      <p>
        <strong>{t('machinery:mtOff.title')}</strong> {reason ?? t('machinery:mtOff.noReason')}
      </p>
      <button type="button" className="button button--ghost button--small" onClick={dismiss}>
        {t('machinery:mtOff.dismiss')}
      </button>
    </div>
  );
}

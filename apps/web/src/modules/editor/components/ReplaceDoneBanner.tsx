import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../ui';
import type { ReplaceBatches } from '../hooks/use-replace-batches';

/** "Replaced in 12 segments" with Undo: the whole batch back as it was. */
export function ReplaceDoneBanner({ batches }: { batches: ReplaceBatches }) {
  const { t } = useTranslation();
  if (!batches.last) return null;
  return (
    <div className="banner" role="status" data-testid="replace-done">
      <span>{t('review:replace.done', { count: batches.last.count })}</span>
      <button type="button" className="button button--small" disabled={batches.undoing} onClick={batches.undo} data-testid="replace-undo">
        {t('review:replace.undo')}
      </button>
      <button type="button" className="button button--small button--ghost" onClick={batches.dismiss}>
        {t('common:actions.dismiss')}
      </button>
      <ErrorMessage error={batches.error} />
    </div>
  );
}

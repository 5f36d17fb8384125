import { useTranslation } from 'react-i18next';
import { Dialog, useFormatDate } from '../../ui';
import { useLive } from './live-context';

/** Someone else is typing in the segment this person started typing in: take it over, or leave it to them. */
export function TakeOverDialog() {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const live = useLive();
  const contested = live?.lock.contested;
  if (!live || !contested) return null;
  return (
    <Dialog
      title={t('live:takeOver.title', { name: contested.name })}
      onClose={live.lock.leave}
      testId="take-over-dialog"
      footer={
        <>
          <button type="button" className="button" onClick={live.lock.leave} data-testid="take-over-cancel">
            {t('live:takeOver.cancel')}
          </button>
          <button type="button" className="button button--primary" onClick={live.lock.takeOver} data-testid="take-over-confirm" data-autofocus>
            {t('live:takeOver.confirm')}
          </button>
        </>
      }
    >
      <p>{t('live:takeOver.explain', { name: contested.name, time: formatDate(contested.since) })}</p>
    </Dialog>
  );
}

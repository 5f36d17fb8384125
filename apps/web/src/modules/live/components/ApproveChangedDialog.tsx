import { useTranslation } from 'react-i18next';
import { CodedText } from '../../code-chips';
import { Dialog, StatusBadge, useFormatDate } from '../../ui';
import { useLive } from './live-context';

/** The segment changed since it was opened: the text as opened and as it is now, before approving. */
export function ApproveChangedDialog() {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const live = useLive();
  const pending = live?.approval.pending;
  if (!live || !pending) return null;
  const codes = live.rowById.get(pending.segmentId)?.codes ?? [];
  const { opened, current } = pending;
  return (
    <Dialog
      title={t('live:approveChanged.title')}
      onClose={live.approval.cancel}
      wide
      testId="approve-changed-dialog"
      footer={
        <>
          <button type="button" className="button" onClick={live.approval.cancel} data-testid="approve-changed-cancel">
            {t('live:approveChanged.cancel')}
          </button>
          <button type="button" className="button button--primary" onClick={live.approval.confirm} data-testid="approve-changed-confirm" data-autofocus>
            {t('live:approveChanged.approveCurrent')}
          </button>
        </>
      }
    >
      <p>{t('live:approveChanged.explain', { name: current.authorName ?? t('live:someone') })}</p>
      <div className="conflict">
        <section className="conflict__side">
          <h3 className="conflict__title">{t('live:approveChanged.opened')}</h3>
          <p className="conflict__meta">
            {opened.authorName ?? t('live:someone')} · <time dateTime={opened.updatedAt}>{formatDate(opened.updatedAt)}</time>{' '}
            <StatusBadge status={opened.status} />
          </p>
          <p className="conflict__text" lang={live.lang} data-testid="approve-changed-opened">
            <CodedText text={opened.text} codes={codes} />
          </p>
        </section>
        <section className="conflict__side conflict__side--mine">
          <h3 className="conflict__title">{t('live:approveChanged.current')}</h3>
          <p className="conflict__meta">
            {current.authorName ?? t('live:someone')} · <time dateTime={current.updatedAt}>{formatDate(current.updatedAt)}</time>{' '}
            <StatusBadge status={current.status} />
          </p>
          <p className="conflict__text" lang={live.lang} data-testid="approve-changed-current">
            <CodedText text={current.text} codes={codes} />
          </p>
        </section>
      </div>
    </Dialog>
  );
}

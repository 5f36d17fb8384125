import type { DocumentSummary, Language } from '@interlinea/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { jobsApi } from '../../../api/jobs-api';
import { useMtStatus } from '../../machinery';
import { Dialog, ErrorMessage, Field } from '../../ui';

const THRESHOLDS = [101, 100, 95, 85, 75] as const;

interface PretranslateDialogProps {
  document: DocumentSummary;
  lang: Language;
  onStarted: (jobId: string) => void;
  onClose: () => void;
}

/** Starts a pre-translation of one edition: memory matches from a threshold, MT for the rest if wanted. */
export function PretranslateDialog({ document, lang, onStarted, onClose }: PretranslateDialogProps) {
  const { t } = useTranslation();
  const mt = useMtStatus(document.projectId);
  const mtOn = mt.data?.enabled === true;
  const [threshold, setThreshold] = useState<number>(100);
  const [useMt, setUseMt] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const start = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const started = await jobsApi.pretranslate(document.id, { lang, tmThreshold: threshold, useMt: useMt && mtOn });
      onStarted(started.jobId);
      onClose();
    } catch (cause) {
      setError(cause);
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('pretranslation:dialog.title', { title: document.title, language: t(`common:language.${lang}`) })}
      onClose={onClose}
      testId="pretranslate-dialog"
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common:actions.cancel')}
          </button>
          <button type="submit" form="pretranslate-form" className="button button--primary" disabled={busy || mt.isPending} data-testid="pretranslate-start">
            {t('pretranslation:dialog.start')}
          </button>
        </>
      }
    >
      <form id="pretranslate-form" className="form" onSubmit={(e) => void start(e)}>
        <p className="muted">{t('pretranslation:dialog.intro')}</p>
        <Field label={t('pretranslation:dialog.threshold')} hint={t('pretranslation:dialog.thresholdHint')}>
          <select value={threshold} onChange={(e) => setThreshold(Number(e.target.value))} data-autofocus>
            {THRESHOLDS.map((value) => (
              <option key={value} value={value}>
                {t('pretranslation:dialog.thresholdOption', { score: value })}
              </option>
            ))}
          </select>
        </Field>
        <label className="check">
          <input type="checkbox" checked={useMt && mtOn} disabled={!mtOn} onChange={(e) => setUseMt(e.target.checked)} data-testid="pretranslate-use-mt" />
          <span>{t('pretranslation:dialog.useMt')}</span>
        </label>
        {mt.data && !mt.data.enabled && (
          <p className="muted small" data-testid="pretranslate-mt-off">
            {mt.data.reason}
          </p>
        )}
        <ErrorMessage error={error} />
      </form>
    </Dialog>
  );
}

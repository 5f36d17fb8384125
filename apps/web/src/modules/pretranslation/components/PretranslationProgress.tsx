import type { JobStatus } from '@interlinea/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { jobsApi } from '../../../api/jobs-api';
import { ErrorMessage } from '../../ui';
import { useJobProgress } from '../hooks/use-job-progress';
import { isFinal } from '../utils/job-state';

interface PretranslationProgressProps {
  jobId: string;
  /** The bar of a finished job is closed (the job id is forgotten). */
  onDismiss: () => void;
  /** Called once when the job has ended (to refresh the documents' progress). */
  onFinished?: (status: JobStatus) => void;
}

/** A pre-translation job's live progress: done/total, from memory / from MT, message, Cancel and Resume. */
export function PretranslationProgress({ jobId, onDismiss, onFinished }: PretranslationProgressProps) {
  const { t } = useTranslation();
  const progress = useJobProgress(jobId);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [reported, setReported] = useState(false);
  const status = progress.status;

  if (status && isFinal(status.state) && !reported) {
    setReported(true);
    onFinished?.(status);
  }

  if (progress.missing) {
    return (
      <div className="job-progress" data-testid="pretranslate-progress" data-state="missing">
        <span className="muted">{t('pretranslation:progress.missing')}</span>
        <button type="button" className="button button--ghost button--small" onClick={onDismiss}>
          {t('common:actions.dismiss')}
        </button>
      </div>
    );
  }
  if (!status) {
    return (
      <div className="job-progress" data-testid="pretranslate-progress" data-state="loading">
        <span className="muted">{t('common:loading')}</span>
      </div>
    );
  }

  const act = async (action: (id: string) => Promise<JobStatus>) => {
    setBusy(true);
    setError(null);
    try {
      progress.apply(await action(jobId));
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };
  const share = status.total > 0 ? Math.round((status.done / status.total) * 100) : status.state === 'completed' ? 100 : 0;
  const canCancel = status.state === 'queued' || status.state === 'running' || status.state === 'paused';

  return (
    <div
      className={`job-progress job-progress--${status.state}`}
      data-testid="pretranslate-progress"
      data-done={status.done}
      data-total={status.total}
      data-state={status.state}
      data-via={progress.via}
    >
      <div className="job-progress__head">
        <strong>{t(`pretranslation:state.${status.state}`)}</strong>
        <span>{t('pretranslation:progress.count', { done: status.done, total: status.total, share })}</span>
      </div>
      <div
        className="job-progress__track"
        role="progressbar"
        aria-label={t('pretranslation:progress.label')}
        aria-valuemin={0}
        aria-valuemax={status.total}
        aria-valuenow={status.done}
      >
        <div className="job-progress__fill" style={{ width: `${share}%` }} />
      </div>
      <div className="job-progress__counts">
        <span data-testid="pretranslate-from-memory">{t('pretranslation:progress.fromMemory', { count: status.fromMemory })}</span>
        <span data-testid="pretranslate-from-mt">{t('pretranslation:progress.fromMt', { count: status.fromMt })}</span>
        {status.skipped > 0 && <span>{t('pretranslation:progress.skipped', { count: status.skipped })}</span>}
        {status.failed > 0 && <span className="error-text">{t('pretranslation:progress.failed', { count: status.failed })}</span>}
      </div>
      {status.message && (
        <p className="job-progress__message" data-testid="pretranslate-message">
          {status.message}
        </p>
      )}
      <ErrorMessage error={error} />
      <div className="job-progress__actions">
        {canCancel && (
          <button type="button" className="button button--small" disabled={busy} onClick={() => void act(jobsApi.cancel)} data-testid="pretranslate-cancel">
            {t('pretranslation:actions.cancel')}
          </button>
        )}
        {(status.state === 'paused' || status.state === 'failed') && (
          <button
            type="button"
            className="button button--small button--primary"
            disabled={busy}
            onClick={() => void act(jobsApi.resume)}
            data-testid="pretranslate-resume"
          >
            {t('pretranslation:actions.resume')}
          </button>
        )}
        {isFinal(status.state) && (
          <button type="button" className="button button--ghost button--small" onClick={onDismiss} data-testid="pretranslate-dismiss">
            {t('common:actions.dismiss')}
          </button>
        )}
      </div>
    </div>
  );
}

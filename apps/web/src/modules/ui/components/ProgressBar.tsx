import type { EditionProgress } from '@interlinea/shared';
import { useTranslation } from 'react-i18next';

const SHARES = ['approved', 'translated', 'rejected', 'draft'] as const;

/** Progress of one edition: approved / translated / rejected / draft shares of the segments, and words translated (approved included). */
export function ProgressBar({ progress }: { progress: EditionProgress }) {
  const { t } = useTranslation();
  const total = Math.max(progress.segments, 1);
  const summary = SHARES.map((s) => `${t(`common:status.${s}`)}: ${progress[s]}`).join(', ');
  return (
    <div className="progress" data-testid="edition-progress" data-language={progress.language}>
      <div className="progress__bar" role="img" aria-label={summary} title={summary}>
        {SHARES.map((share) =>
          progress[share] > 0 ? (
            <span key={share} className={`progress__share progress__share--${share}`} style={{ width: `${(progress[share] / total) * 100}%` }} />
          ) : null,
        )}
      </div>
      <span className="progress__text">{t('common:progress.words', { done: progress.translatedWords, count: progress.words })}</span>
    </div>
  );
}

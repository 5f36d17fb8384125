import type { InlineCodeInfo } from '@interlinea/shared';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../ui';
import type { Machinery } from '../hooks/use-machinery';
import type { MachinerySuggestion } from '../utils/machinery-suggestion';
import { mtErrorKey } from '../utils/mt-error-key';
import { MachineryItem } from './MachineryItem';
import { MtOffNote } from './MtOffNote';

interface MachineryPanelProps {
  machinery: Machinery;
  lang: string;
  sourceLang: string;
  codes: readonly InlineCodeInfo[];
  canInsert: boolean;
  /** Score of the memory match the segment was filled with when opened, if it was. */
  prefilledScore: number | undefined;
  onInsert: (suggestion: MachinerySuggestion) => void;
}

/** Memory matches and the MT suggestion of the active segment, one list: click or Ctrl+1..9 to insert. */
export function MachineryPanel({ machinery, lang, sourceLang, codes, canInsert, prefilledScore, onInsert }: MachineryPanelProps) {
  const { t } = useTranslation();
  const { suggestions, memoryLoaded, memoryError, mtPending, mtError, mtStatus } = machinery;
  return (
    <section className="side-section" aria-labelledby="machinery-title" data-testid="machinery-panel">
      <div className="side-section__head">
        <h3 id="machinery-title" className="side-section__title">
          {t('machinery:title')}
        </h3>
        {prefilledScore !== undefined && (
          <span className="tag tag--success" data-testid="prefilled-from-memory">
            {t('machinery:prefilled', { score: Math.floor(prefilledScore) })}
          </span>
        )}
      </div>
      {memoryError ? <ErrorMessage error={memoryError} /> : null}
      {suggestions.length > 0 && (
        <ol className="machinery-list" data-testid="machinery-list">
          {suggestions.map((s, i) => (
            <MachineryItem
              key={`${s.kind}-${i}-${s.text}`}
              suggestion={s}
              position={i + 1}
              lang={lang}
              sourceLang={sourceLang}
              codes={codes}
              canInsert={canInsert}
              onInsert={onInsert}
            />
          ))}
        </ol>
      )}
      {!memoryLoaded && !memoryError && <p className="muted small">{t('machinery:loadingMemory')}</p>}
      {memoryLoaded && suggestions.length === 0 && !mtPending && <p className="muted">{t('machinery:none')}</p>}
      {mtPending && (
        <p className="muted small" role="status" data-testid="mt-pending">
          {t('machinery:mt.pending')}
        </p>
      )}
      {mtError ? (
        <div className="machinery-note machinery-note--error" role="alert" data-testid="mt-error">
          <p>{t(mtErrorKey(mtError))}</p>
          <button type="button" className="button button--ghost button--small" onClick={machinery.retryMt}>
            {t('machinery:mt.retry')}
          </button>
        </div>
      ) : null}
      {!canInsert && (
        <p className="muted small" data-testid="mt-no-permission">
          {t('machinery:noPermission')}
        </p>
      )}
      {canInsert && mtStatus && !mtStatus.enabled && <MtOffNote reason={mtStatus.reason} />}
    </section>
  );
}

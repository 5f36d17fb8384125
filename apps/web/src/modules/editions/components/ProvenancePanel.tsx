import type { CorrectSourceResult, Language, SegmentRow } from '@interlinea/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../ui';
import type { OutdatedConfirmation } from '../hooks/use-outdated-confirmation';
import { usePivotRows } from '../hooks/use-pivot-rows';
import { useProvenance } from '../hooks/use-provenance';
import { isSourceOrigin, originLabel } from '../utils/origin-label';
import { workingFrom } from '../utils/working-from';
import { SourceCorrectionForm } from './SourceCorrectionForm';
import { WordDiff } from './WordDiff';

/** The key that confirms an outdated translation (Alt+O), in the UI's key names. */
export const CONFIRM_KEY = (t: (key: string) => string) => `${t('review:keys.Alt')}+O`;

interface ProvenancePanelProps {
  segment: SegmentRow;
  documentId: string;
  lang: Language;
  sourceLang: Language;
  /** The project's editions (pivot candidates). */
  languages: readonly Language[];
  canTranslate: boolean;
  canManage: boolean;
  confirmation: OutdatedConfirmation;
  onSourceCorrected: (segmentId: string, result: CorrectSourceResult) => void;
}

/**
 * The active segment's origin: what its translation was made from ("from EN v3"), what changed in
 * that origin since (word diffs) with "still holds" (Alt+O), the edition the translator works from,
 * and, for managers, the correction of the original.
 */
export function ProvenancePanel({
  segment,
  documentId,
  lang,
  sourceLang,
  languages,
  canTranslate,
  canManage,
  confirmation,
  onSourceCorrected,
}: ProvenancePanelProps) {
  const { t } = useTranslation();
  const [pivot, setPivot] = useState<Language | null>(() => workingFrom.get(documentId, lang));
  const [correcting, setCorrecting] = useState(false);
  const provenance = useProvenance(segment, lang);
  const pivotRows = usePivotRows(documentId, pivot);
  const pivotText = pivot ? pivotRows.data?.find((r) => r.id === segment.id)?.translation?.text : undefined;
  const candidates = languages.filter((l) => l !== lang);
  const label = originLabel(segment.translation);
  const fromSource = isSourceOrigin(segment.translation?.fromLanguage, sourceLang);
  const choose = (value: string) => {
    const next = value === 'source' ? null : (value as Language);
    workingFrom.set(documentId, lang, next);
    setPivot(next);
  };

  return (
    <section className="side-section provenance" aria-labelledby="provenance-title" data-testid="provenance-panel">
      <h3 className="side-section__title" id="provenance-title">
        {t('editions:provenance.title')}
      </h3>
      <p className="provenance__line" data-testid="provenance">
        {!segment.translation
          ? t('editions:provenance.none')
          : label
            ? t(fromSource ? 'editions:provenance.fromSource' : 'editions:provenance.fromPivot', { origin: label })
            : t('editions:provenance.unknown')}
      </p>
      {segment.outdated && (
        <div className="provenance__outdated" role="status" data-testid="outdated-details">
          <p className="provenance__warning">{t('editions:outdated.changed')}</p>
          {(provenance.data?.changes ?? []).map((change) => (
            <div key={change.kind} className="provenance__change">
              <p className="muted small">
                {t(change.kind === 'source' ? 'editions:outdated.sourceChange' : 'editions:outdated.pivotChange', {
                  language: change.language.toUpperCase(),
                  from: change.fromVersion,
                  to: change.currentVersion,
                })}
              </p>
              <WordDiff ops={change.diff} lang={change.language} codes={segment.codes} testId="origin-diff" />
            </div>
          ))}
          <ErrorMessage error={provenance.error} />
          {canTranslate && (
            <button
              type="button"
              className="button button--small"
              onClick={() => confirmation.confirm(segment)}
              disabled={confirmation.pending.has(segment.id)}
              data-testid="confirm-outdated"
            >
              {t('editions:outdated.confirm')} <kbd>{CONFIRM_KEY(t)}</kbd>
            </button>
          )}
        </div>
      )}
      {canTranslate && candidates.length > 0 && (
        <label className="provenance__from">
          <span>{t('editions:workingFrom.label')}</span>
          <select value={pivot ?? 'source'} onChange={(e) => choose(e.target.value)} data-testid="working-from">
            <option value="source">{t('editions:workingFrom.source', { language: sourceLang.toUpperCase() })}</option>
            {candidates.map((l) => (
              <option key={l} value={l}>
                {t('editions:workingFrom.edition', { language: l.toUpperCase() })}
              </option>
            ))}
          </select>
        </label>
      )}
      {pivot && (
        <p className="provenance__pivot" lang={pivot} data-testid="pivot-text">
          {pivotText ?? <span className="muted">{pivotRows.isPending ? '…' : t('editions:workingFrom.noText', { language: pivot.toUpperCase() })}</span>}
        </p>
      )}
      {canManage &&
        (correcting ? (
          <SourceCorrectionForm
            segment={segment}
            sourceLang={sourceLang}
            onDone={(result) => {
              setCorrecting(false);
              if (result) onSourceCorrected(segment.id, result);
            }}
          />
        ) : (
          <button type="button" className="button button--ghost button--small" onClick={() => setCorrecting(true)} data-testid="correct-source">
            {t('editions:correctSource.open')}
          </button>
        ))}
    </section>
  );
}

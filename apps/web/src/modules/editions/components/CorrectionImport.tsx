import type { CorrectionPreview, CorrectionResult } from '@interlinea/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { editionsApi } from '../../../api/editions-api';
import { ErrorMessage, FilePicker, segmentNumber } from '../../ui';

/**
 * A corrected version of the original, imported over the document: the summary (unchanged, changed,
 * new, removed, with the pairs) is shown first; applying it keeps every translation, and the changed
 * segments become outdated in every edition.
 */
export function CorrectionImport({ documentId, format }: { documentId: string; format: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [pickerKey, setPickerKey] = useState(0);
  const [preview, setPreview] = useState<CorrectionPreview | null>(null);
  const [result, setResult] = useState<CorrectionResult | null>(null);
  const previewing = useMutation({ mutationFn: (file: File) => editionsApi.previewCorrection(documentId, file), onSuccess: setPreview });
  const applying = useMutation({
    mutationFn: (previewId: string) => editionsApi.applyCorrection(documentId, previewId),
    onSuccess: (applied) => {
      setResult(applied);
      setPreview(null);
      setPickerKey((k) => k + 1);
      // the segments, their progress and every edition's errata changed
      void queryClient.invalidateQueries();
    },
  });
  const reset = () => {
    setPreview(null);
    setPickerKey((k) => k + 1);
  };
  const shown = preview?.pairs.filter((p) => p.kind !== 'unchanged') ?? [];

  return (
    <section className="correction-import" aria-labelledby="correction-title" data-testid="correction-import">
      <h2 id="correction-title" className="section-title">
        {t('editions:correction.title')}
      </h2>
      <p className="muted small">{t('editions:correction.hint', { format: format.toUpperCase() })}</p>
      <FilePicker
        key={pickerKey}
        aria-label={t('editions:correction.choose')}
        buttonLabel={t('editions:correction.choose')}
        testId="correction-file"
        onFiles={(files) => {
          setResult(null);
          if (files?.[0]) previewing.mutate(files[0]);
        }}
      />
      <ErrorMessage error={previewing.error ?? applying.error} />
      {previewing.isPending && <p className="muted">{t('editions:correction.reading')}</p>}
      {preview && (
        <div className="correction-preview" data-testid="correction-preview">
          <p className="correction-preview__summary" data-testid="correction-summary">
            {(['unchanged', 'changed', 'new', 'removed'] as const).map((kind) => (
              <span key={kind} className={`correction-count correction-count--${kind}`} data-kind={kind} data-count={preview[kind]}>
                {t(`editions:correction.counts.${kind}`, { count: preview[kind] })}
              </span>
            ))}
          </p>
          {shown.length > 0 && (
            <table className="table correction-pairs">
              <thead>
                <tr>
                  <th scope="col">{t('editions:correction.what')}</th>
                  <th scope="col">{t('editions:correction.before')}</th>
                  <th scope="col">{t('editions:correction.after')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((pair, i) => (
                  <tr key={i} data-testid="correction-pair" data-kind={pair.kind}>
                    <td>
                      <span className={`correction-count correction-count--${pair.kind}`}>{t(`editions:correction.kinds.${pair.kind}`)}</span>
                    </td>
                    <td>
                      {pair.oldIndex !== null && <span className="muted small">{segmentNumber(pair.oldIndex)} </span>}
                      {pair.before ?? '—'}
                    </td>
                    <td>
                      {pair.newIndex !== null && <span className="muted small">{segmentNumber(pair.newIndex)} </span>}
                      {pair.after ?? '—'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p className="muted small">{t('editions:correction.keeps')}</p>
          <div className="correction-preview__actions">
            <button
              type="button"
              className="button"
              onClick={() => applying.mutate(preview.previewId)}
              disabled={applying.isPending}
              data-testid="apply-correction"
            >
              {t('editions:correction.apply')}
            </button>
            <button type="button" className="button button--ghost" onClick={reset}>
              {t('common:actions.cancel')}
            </button>
          </div>
        </div>
      )}
      {result && (
        <p className="correction-result" role="status" data-testid="correction-result">
          {t('editions:correction.applied', { changed: result.changed, new: result.new, removed: result.removed })}{' '}
          {result.outdated.map((o) => t('editions:correction.outdatedIn', { count: o.count, language: o.language.toUpperCase() })).join(' · ')}
        </p>
      )}
    </section>
  );
}

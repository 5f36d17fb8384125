import { sourceConflictDetailsSchema, type CorrectSourceResult, type Language, type SegmentRow } from '@interlinea/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../../../api/api-request-error';
import { editionsApi } from '../../../api/editions-api';
import { ErrorMessage } from '../../ui';

/**
 * A manager corrects the original of one segment (an erratum), over the source version the editor
 * holds; when someone corrected it meanwhile, their text is shown and the form starts from it.
 */
export function SourceCorrectionForm({
  segment,
  sourceLang,
  onDone,
}: {
  segment: SegmentRow;
  sourceLang: Language;
  onDone: (result: CorrectSourceResult | null) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(segment.source);
  const [version, setVersion] = useState(segment.sourceVersion ?? 1);
  const [error, setError] = useState<unknown>(null);
  const [theirs, setTheirs] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      onDone(await editionsApi.correctSource(segment.id, text, version));
    } catch (cause) {
      const conflict = cause instanceof ApiRequestError && cause.status === 409 ? sourceConflictDetailsSchema.safeParse(cause.details) : null;
      if (conflict?.success) {
        setTheirs(conflict.data.current.text);
        setVersion(conflict.data.current.version);
      } else setError(cause);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className="source-correction"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      data-testid="source-correction"
    >
      <label className="field__label" htmlFor={`source-${segment.id}`}>
        {t('editions:correctSource.label', { language: sourceLang.toUpperCase() })}
      </label>
      <textarea
        id={`source-${segment.id}`}
        className="source-correction__text"
        lang={sourceLang}
        value={text}
        rows={3}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => e.stopPropagation()}
        data-testid="source-correction-text"
        autoFocus
      />
      <p className="muted small">{t('editions:correctSource.hint')}</p>
      {theirs !== null && (
        <p className="provenance__warning" role="alert" data-testid="source-conflict">
          {t('editions:correctSource.conflict', { text: theirs })}
        </p>
      )}
      <ErrorMessage error={error} />
      <div className="source-correction__actions">
        <button type="submit" className="button button--small" disabled={saving || text.trim() === ''} data-testid="source-correction-save">
          {t('editions:correctSource.save')}
        </button>
        <button type="button" className="button button--ghost button--small" onClick={() => onDone(null)}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </form>
  );
}

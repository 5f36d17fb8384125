import type { GlossaryTerm, Language } from '@interlinea/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { glossaryApi } from '../../../api/glossary-api';
import { ErrorMessage, Field } from '../../ui';

interface TermFormProps {
  projectId: string;
  source: Language;
  target: Language;
  /** The term being edited; absent to add one. */
  editing: GlossaryTerm | null;
  onSaved: () => void;
  onCancelEdit: () => void;
}

const splitVariants = (text: string): string[] =>
  text
    .split(/[,|;]/)
    .map((v) => v.trim())
    .filter(Boolean);

/** Adds a term pair, or edits one: term, translation, forbidden variants (comma-separated), note. */
export function TermForm({ projectId, source, target, editing, onSaved, onCancelEdit }: TermFormProps) {
  const { t } = useTranslation();
  const [sourceTerm, setSourceTerm] = useState(editing?.sourceTerm ?? '');
  const [targetTerm, setTargetTerm] = useState(editing?.targetTerm ?? '');
  const [forbidden, setForbidden] = useState(editing?.forbidden.join(', ') ?? '');
  const [note, setNote] = useState(editing?.note ?? '');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const fields = { sourceTerm: sourceTerm.trim(), targetTerm: targetTerm.trim(), note: note.trim() || null, forbidden: splitVariants(forbidden) };
    try {
      if (editing) await glossaryApi.update(editing.id, fields);
      else await glossaryApi.create(projectId, { sourceLanguage: source, targetLanguage: target, ...fields });
      setSourceTerm('');
      setTargetTerm('');
      setForbidden('');
      setNote('');
      onSaved();
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form tool-section" onSubmit={(e) => void submit(e)} data-testid="glossary-form">
      <h3>{editing ? t('glossary:form.editTitle') : t('glossary:form.addTitle')}</h3>
      <div className="form__row">
        <Field label={t('glossary:form.source', { language: t(`common:language.${source}`) })}>
          <input value={sourceTerm} onChange={(e) => setSourceTerm(e.target.value)} required maxLength={500} lang={source} />
        </Field>
        <Field label={t('glossary:form.target', { language: t(`common:language.${target}`) })}>
          <input value={targetTerm} onChange={(e) => setTargetTerm(e.target.value)} required maxLength={500} lang={target} />
        </Field>
      </div>
      <div className="form__row">
        <Field label={t('glossary:form.forbidden')} hint={t('glossary:form.forbiddenHint')}>
          <input value={forbidden} onChange={(e) => setForbidden(e.target.value)} lang={target} />
        </Field>
        <Field label={t('glossary:form.note')}>
          <input value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} />
        </Field>
      </div>
      <ErrorMessage error={error} />
      <div className="form__actions">
        {editing && (
          <button type="button" className="button" onClick={onCancelEdit}>
            {t('common:actions.cancel')}
          </button>
        )}
        <button type="submit" className="button button--primary" disabled={busy} data-testid="glossary-save">
          {editing ? t('glossary:form.save') : t('glossary:form.add')}
        </button>
      </div>
    </form>
  );
}

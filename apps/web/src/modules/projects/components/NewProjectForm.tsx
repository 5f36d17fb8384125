import { createProjectRequestSchema, LANGUAGES, type Language, type ProjectSummary } from '@interlinea/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Field, fieldErrorsFrom, type FieldErrors } from '../../ui';
import { useCreateProject } from '../hooks/use-create-project';

/** Name, source language, and the editions to produce (never the source itself). */
export function NewProjectForm({ onCreated, onCancel }: { onCreated: (project: ProjectSummary) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const create = useCreateProject();
  const [name, setName] = useState('');
  const [source, setSource] = useState<Language>('ru');
  const [targets, setTargets] = useState<Language[]>(['en', 'de']);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});

  const changeSource = (language: Language) => {
    setSource(language);
    setTargets((current) => current.filter((l) => l !== language));
  };
  const toggleTarget = (language: Language, on: boolean) =>
    setTargets((current) => (on ? LANGUAGES.filter((l) => l === language || current.includes(l)) : current.filter((l) => l !== language)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = createProjectRequestSchema.safeParse({ name, sourceLanguage: source, targetLanguages: targets });
    if (!parsed.success) {
      setFieldErrors(fieldErrorsFrom(t, parsed.error));
      return;
    }
    setFieldErrors({});
    create.mutate(parsed.data, { onSuccess: onCreated });
  };
  const errors = { ...fieldErrorsFrom(t, create.error), ...fieldErrors };

  return (
    <form className="form form--panel" onSubmit={submit} noValidate aria-label={t('projects:new.title')} data-testid="new-project-form">
      <h2 className="form__title">{t('projects:new.title')}</h2>
      <Field label={t('projects:new.name')} error={errors.name}>
        <input value={name} onChange={(e) => setName(e.target.value)} autoFocus />
      </Field>
      <Field label={t('projects:new.source')} error={errors.sourceLanguage}>
        <select value={source} onChange={(e) => changeSource(e.target.value as Language)}>
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t(`common:language.${l}`)}
            </option>
          ))}
        </select>
      </Field>
      <fieldset className={errors.targetLanguages ? 'fieldset field--invalid' : 'fieldset'}>
        <legend className="field__label">{t('projects:new.targets')}</legend>
        <div className="checks">
          {LANGUAGES.filter((l) => l !== source).map((l) => (
            <label key={l} className="check">
              <input type="checkbox" name="targetLanguages" value={l} checked={targets.includes(l)} onChange={(e) => toggleTarget(l, e.target.checked)} />
              {t(`common:language.${l}`)}
            </label>
          ))}
        </div>
        {errors.targetLanguages && (
          <span className="field__error" role="alert">
            {errors.targetLanguages}
          </span>
        )}
      </fieldset>
      <ErrorMessage error={create.error && Object.keys(fieldErrorsFrom(t, create.error)).length === 0 ? create.error : null} />
      <div className="form__actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('common:actions.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {t('projects:new.submit')}
        </button>
      </div>
    </form>
  );
}

import type { Language } from '@interlinea/shared';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { alignmentApi } from '../../../api/alignment-api';
import { useProject } from '../../projects';
import { ErrorMessage, Loading, useFormatDate } from '../../ui';

interface EditionChoice {
  file: File | null;
  language: Language;
}

/** `/projects/:projectId/alignments`: upload two or three published editions to align, and the alignments so far. */
export function AlignmentsPage() {
  const { t } = useTranslation();
  const { projectId = '' } = useParams();
  const navigate = useNavigate();
  const formatDate = useFormatDate();
  const project = useProject(projectId);
  const list = useQuery({ queryKey: ['alignments', projectId], queryFn: ({ signal }) => alignmentApi.list(projectId, signal) });
  const languages: Language[] = project.data ? [project.data.sourceLanguage, ...project.data.targetLanguages] : [];
  const [choices, setChoices] = useState<EditionChoice[] | null>(null);
  const [title, setTitle] = useState('');
  const [machineTranslation, setMachineTranslation] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [problem, setProblem] = useState<string | null>(null);

  if (project.isPending) return <Loading />;
  if (project.error) return <ErrorMessage error={project.error} />;
  const editions: EditionChoice[] = choices ?? languages.slice(0, 3).map((language) => ({ file: null, language }));
  const change = (k: number, patch: Partial<EditionChoice>) => setChoices(editions.map((e, i) => (i === k ? { ...e, ...patch } : e)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const chosen = editions.filter((e): e is { file: File; language: Language } => e.file !== null);
    if (chosen.length < 2 || new Set(chosen.map((e) => e.language)).size !== chosen.length) {
      setProblem(t('alignment:list.needTwo'));
      return;
    }
    setProblem(null);
    setError(null);
    setProgress(0);
    try {
      const created = await alignmentApi.upload(projectId, chosen, title, machineTranslation, { onProgress: setProgress });
      navigate(`/alignments/${created.id}`);
    } catch (cause) {
      setError(cause);
      setProgress(null);
    }
  };

  return (
    <main className="page" data-testid="alignments-page">
      <div className="page__head">
        <div>
          <Link to={`/projects/${projectId}`} className="muted small">
            ← {project.data.name}
          </Link>
          <h1>{t('alignment:list.title')}</h1>
        </div>
      </div>
      <p className="muted">{t('alignment:list.intro')}</p>
      <form className="align-upload" onSubmit={(e) => void submit(e)}>
        {editions.map((e, k) => (
          <fieldset key={k} className="align-upload__edition">
            <legend>
              {t('alignment:list.edition', { n: k + 1 })}
              {k === 2 && <span className="muted small"> ({t('alignment:list.optional')})</span>}
            </legend>
            <label className="field">
              <span className="field__label">{t('alignment:list.language')}</span>
              <select value={e.language} onChange={(ev) => change(k, { language: ev.target.value as Language })} data-testid={`edition-language-${k}`}>
                {languages.map((l) => (
                  <option key={l} value={l}>
                    {t(`common:language.${l}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span className="field__label">{t('alignment:list.file')}</span>
              <input type="file" onChange={(ev) => change(k, { file: ev.target.files?.[0] ?? null })} data-testid={`edition-file-${k}`} />
            </label>
          </fieldset>
        ))}
        <label className="field align-upload__title">
          <span className="field__label">{t('alignment:list.title')}</span>
          <input value={title} onChange={(e) => setTitle(e.target.value)} placeholder={t('alignment:list.titleHint')} data-testid="alignment-title" />
        </label>
        <label className="check align-upload__mt">
          <input type="checkbox" checked={machineTranslation} onChange={(e) => setMachineTranslation(e.target.checked)} data-testid="alignment-mt" />
          {t('alignment:list.machineTranslation')}
        </label>
        <div className="align-upload__submit">
          <button type="submit" className="button button--primary" disabled={progress !== null} data-testid="alignment-upload">
            {progress !== null ? t('alignment:list.uploading') : t('alignment:list.upload')}
          </button>
          {progress !== null && <progress max={1} value={progress} />}
        </div>
        {problem && <p className="error-text">{problem}</p>}
        {error !== null && <ErrorMessage error={error} />}
      </form>
      <h2>{t('alignment:list.existing')}</h2>
      {list.isPending ? (
        <Loading />
      ) : list.error ? (
        <ErrorMessage error={list.error} />
      ) : list.data.length === 0 ? (
        <p className="muted">{t('alignment:list.none')}</p>
      ) : (
        <ul className="align-list" data-testid="alignment-list">
          {list.data.map((a) => (
            <li key={a.id}>
              <Link to={`/alignments/${a.id}`}>{a.title}</Link>
              <span className="muted small">
                {a.languages.map((l) => t(`common:language.${l}`)).join(' · ')} · {t('alignment:list.rows', { count: a.rowCount })} ·{' '}
                {a.committedAt ? t('alignment:list.committed') : t('alignment:list.inReview')} · {formatDate(a.createdAt)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}

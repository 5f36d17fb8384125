import type { GlossaryTerm, Language } from '@interlinea/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { glossaryApi } from '../../../api/glossary-api';
import { useProject } from '../../projects';
import { permissionsFor, useMe } from '../../session';
import { ErrorMessage, Loading } from '../../ui';
import { useGlossaryTerms } from '../hooks/use-glossary-terms';
import { GlossaryImport } from './GlossaryImport';
import { TermForm } from './TermForm';

/** `/projects/:projectId/glossary`: the terms of each language pair; managers add, edit, delete, import. */
export function GlossaryPage() {
  const { t } = useTranslation();
  const { projectId = '' } = useParams();
  const me = useMe();
  const project = useProject(projectId);
  const [chosen, setChosen] = useState<Language | null>(null);
  const [editing, setEditing] = useState<GlossaryTerm | null>(null);
  const [error, setError] = useState<unknown>(null);
  const queryClient = useQueryClient();
  const source = project.data?.sourceLanguage ?? 'en';
  const target = chosen ?? project.data?.targetLanguages[0] ?? 'ru';
  const terms = useGlossaryTerms(projectId, source, target);

  if (project.isPending) return <Loading />;
  if (project.error) return <ErrorMessage error={project.error} />;
  const may = permissionsFor(me.data, projectId, project.data.myRoles);
  const refresh = () => {
    setEditing(null);
    void queryClient.invalidateQueries({ queryKey: ['glossary', projectId] });
    void queryClient.invalidateQueries({ queryKey: ['segment-glossary'] });
  };
  const remove = async (term: GlossaryTerm) => {
    if (!window.confirm(t('glossary:table.confirmDelete', { term: term.sourceTerm }))) return;
    setError(null);
    try {
      await glossaryApi.remove(term.id);
      refresh();
    } catch (cause) {
      setError(cause);
    }
  };

  return (
    <main className="page" data-testid="glossary-page">
      <div className="page__head page__head--tools">
        <div>
          <Link to={`/projects/${projectId}`} className="muted small">
            ← {project.data.name}
          </Link>
          <h1>{t('glossary:page.title')}</h1>
        </div>
        <div className="project-links">
          <a className="button button--small" href={glossaryApi.exportUrl(projectId, 'csv', source, target)} download data-testid="glossary-export-csv">
            {t('glossary:page.exportCsv')}
          </a>
          <a className="button button--small" href={glossaryApi.exportUrl(projectId, 'tbx', source, target)} download data-testid="glossary-export-tbx">
            {t('glossary:page.exportTbx')}
          </a>
        </div>
      </div>
      <div className="page__main">
        <label className="field field--inline">
          <span className="field__label">{t('glossary:page.pair', { source: t(`common:language.${source}`) })}</span>
          <select value={target} onChange={(e) => setChosen(e.target.value as Language)} data-testid="glossary-target">
            {project.data.targetLanguages.map((l) => (
              <option key={l} value={l}>
                {t(`common:language.${l}`)}
              </option>
            ))}
          </select>
        </label>
        {!may.manage && <p className="muted">{t('glossary:page.readOnly')}</p>}
        {may.manage && (
          <div className="form__row">
            <TermForm
              key={editing?.id ?? `new-${target}`}
              projectId={projectId}
              source={source}
              target={target}
              editing={editing}
              onSaved={refresh}
              onCancelEdit={() => setEditing(null)}
            />
            <GlossaryImport projectId={projectId} source={source} target={target} onImported={refresh} />
          </div>
        )}
        <ErrorMessage error={error} />
        {terms.isPending ? (
          <Loading />
        ) : terms.error ? (
          <ErrorMessage error={terms.error} />
        ) : terms.data.length === 0 ? (
          <p className="empty">{t('glossary:page.empty')}</p>
        ) : (
          <table className="table" data-testid="glossary-table">
            <thead>
              <tr>
                <th scope="col">{t(`common:language.${source}`)}</th>
                <th scope="col">{t(`common:language.${target}`)}</th>
                <th scope="col">{t('glossary:table.forbidden')}</th>
                <th scope="col">{t('glossary:table.note')}</th>
                {may.manage && (
                  <th scope="col">
                    <span className="visually-hidden">{t('glossary:table.actions')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {terms.data.map((term) => (
                <tr key={term.id} data-testid="glossary-row">
                  <td lang={source}>{term.sourceTerm}</td>
                  <td lang={target}>
                    <strong>{term.targetTerm}</strong>
                  </td>
                  <td lang={target} className="error-text">
                    {term.forbidden.join(', ')}
                  </td>
                  <td className="muted">{term.note}</td>
                  {may.manage && (
                    <td>
                      <div className="edition-actions">
                        <button
                          type="button"
                          className="button button--small button--ghost"
                          onClick={() => setEditing(term)}
                          aria-label={t('glossary:table.edit', { term: term.sourceTerm })}
                        >
                          {t('glossary:table.editShort')}
                        </button>
                        <button
                          type="button"
                          className="button button--small button--danger"
                          onClick={() => void remove(term)}
                          aria-label={t('glossary:table.delete', { term: term.sourceTerm })}
                        >
                          {t('glossary:table.deleteShort')}
                        </button>
                      </div>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </main>
  );
}

import type { MemoryScope, ProjectSummary, TmxImportResult } from '@interlinea/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../../../api/api-request-error';
import { memoryApi } from '../../../api/memory-api';
import { ErrorMessage, Field } from '../../ui';

function filePosition(error: unknown): { line: number; column: number } | null {
  if (!(error instanceof ApiRequestError) || typeof error.details !== 'object' || error.details === null) return null;
  const position = (error.details as { position?: { line?: unknown; column?: unknown } }).position;
  return typeof position?.line === 'number' && typeof position.column === 'number' ? { line: position.line, column: position.column } : null;
}

function TmxImport({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [scope, setScope] = useState<MemoryScope>('project');
  const [sent, setSent] = useState<number | null>(null);
  const [result, setResult] = useState<TmxImportResult | null>(null);
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) return;
    setResult(null);
    setError(null);
    setSent(0);
    try {
      setResult(await memoryApi.importTmx(projectId, file, scope, { onProgress: setSent }));
      void queryClient.invalidateQueries({ queryKey: ['machinery'] });
      void queryClient.invalidateQueries({ queryKey: ['concordance'] });
      if (input.current) input.current.value = '';
    } catch (cause) {
      setError(cause);
    } finally {
      setSent(null);
    }
  };
  const position = filePosition(error);

  return (
    <form className="form" onSubmit={(e) => void submit(e)} data-testid="tmx-import-form">
      <h3>{t('memory:tools.importTitle')}</h3>
      <Field label={t('memory:tools.file')}>
        <input ref={input} type="file" accept=".tmx,.xml" data-testid="tmx-import-input" />
      </Field>
      <Field label={t('memory:tools.scope')}>
        <select value={scope} onChange={(e) => setScope(e.target.value as MemoryScope)}>
          <option value="project">{t('memory:tools.scopeProject')}</option>
          <option value="shared">{t('memory:tools.scopeShared')}</option>
        </select>
      </Field>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={sent !== null} data-testid="tmx-import-submit">
          {sent !== null ? t('memory:tools.importing', { share: Math.round(sent * 100) }) : t('memory:tools.import')}
        </button>
      </div>
      {sent !== null && (
        <div className="job-progress__track" role="progressbar" aria-label={t('memory:tools.importTitle')} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(sent * 100)}>
          <div className="job-progress__fill" style={{ width: `${Math.round(sent * 100)}%` }} />
        </div>
      )}
      {result && (
        <p className="result-box" role="status" data-testid="tmx-import-result" data-units={result.units}>
          {t('memory:tools.imported', { count: result.units, variants: result.variants, languages: result.languages.join(', ') || '—' })}
          {result.skipped > 0 && <> {t('memory:tools.skipped', { count: result.skipped })}</>}
        </p>
      )}
      {error ? (
        <div data-testid="tmx-import-error">
          <ErrorMessage error={error} />
          {position && <p className="field__error">{t('memory:tools.position', position)}</p>}
        </div>
      ) : null}
    </form>
  );
}

function TmxExport({ project }: { project: ProjectSummary }) {
  const { t } = useTranslation();
  const languages = [project.sourceLanguage, ...project.targetLanguages];
  const [source, setSource] = useState<string>(project.sourceLanguage);
  const [target, setTarget] = useState<string>(project.targetLanguages[0] ?? project.sourceLanguage);
  const [scope, setScope] = useState<MemoryScope>('project');
  return (
    <div className="form" data-testid="tmx-export-form">
      <h3>{t('memory:tools.exportTitle')}</h3>
      <div className="form__row">
        <Field label={t('memory:tools.source')}>
          <select value={source} onChange={(e) => setSource(e.target.value)}>
            {languages.map((l) => (
              <option key={l} value={l}>
                {t(`common:language.${l}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('memory:tools.target')}>
          <select value={target} onChange={(e) => setTarget(e.target.value)}>
            {languages.map((l) => (
              <option key={l} value={l}>
                {t(`common:language.${l}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field label={t('memory:tools.scope')}>
        <select value={scope} onChange={(e) => setScope(e.target.value as MemoryScope)}>
          <option value="project">{t('memory:tools.scopeProject')}</option>
          <option value="shared">{t('memory:tools.scopeShared')}</option>
        </select>
      </Field>
      <div className="form__actions">
        {source === target ? (
          <span className="field__error">{t('memory:tools.samePair')}</span>
        ) : (
          <a className="button" href={memoryApi.exportUrl(project.id, { source, target, scope })} download data-testid="tmx-export-link">
            {t('memory:tools.export')}
          </a>
        )}
      </div>
    </div>
  );
}

/** Managers' memory tools on the project page: TMX import (with progress and result) and export. */
export function MemoryToolsPanel({ project }: { project: ProjectSummary }) {
  const { t } = useTranslation();
  return (
    <section className="tool-section" aria-labelledby="memory-tools-title" data-testid="memory-tools">
      <h2 id="memory-tools-title" className="section-title">
        {t('memory:tools.title')}
      </h2>
      <TmxImport projectId={project.id} />
      <TmxExport project={project} />
    </section>
  );
}

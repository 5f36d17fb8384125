import type { MemoryScope, ProjectSummary } from '@interlinea/shared';
import type { TFunction } from 'i18next';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../../../api/api-request-error';
import { memoryApi } from '../../../api/memory-api';
import { ErrorMessage, Field, FilePicker } from '../../ui';
import { useTmxImport, type TmxImportPhase } from '../hooks/use-tmx-import';

function phaseLabel(t: TFunction, phase: TmxImportPhase): string {
  if (phase.step === 'upload') return t('memory:tools.importing', { share: Math.round(phase.share * 100) });
  if (phase.share === null) return t('memory:tools.reading');
  return phase.share >= 1 ? t('memory:tools.indexing') : t('memory:tools.readingShare', { share: Math.round(phase.share * 100) });
}

function filePosition(error: unknown): { line: number; column: number } | null {
  if (!(error instanceof ApiRequestError) || typeof error.details !== 'object' || error.details === null) return null;
  const position = (error.details as { position?: { line?: unknown; column?: unknown } }).position;
  return typeof position?.line === 'number' && typeof position.column === 'number' ? { line: position.line, column: position.column } : null;
}

function TmxImport({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [scope, setScope] = useState<MemoryScope>('project');
  const [pickerKey, setPickerKey] = useState(0);
  const { phase, result, error, start } = useTmxImport(projectId);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (file && (await start(file, scope))) setPickerKey((k) => k + 1);
  };
  const position = filePosition(error);

  return (
    <form className="form" onSubmit={(e) => void submit(e)} data-testid="tmx-import-form">
      <h3>{t('memory:tools.importTitle')}</h3>
      <Field label={t('memory:tools.file')}>
        <FilePicker key={pickerKey} ref={input} accept=".tmx,.xml" testId="tmx-import-input" />
      </Field>
      <Field label={t('memory:tools.scope')}>
        <select value={scope} onChange={(e) => setScope(e.target.value as MemoryScope)}>
          <option value="project">{t('memory:tools.scopeProject')}</option>
          <option value="shared">{t('memory:tools.scopeShared')}</option>
        </select>
      </Field>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={phase !== null} data-testid="tmx-import-submit">
          {phase ? phaseLabel(t, phase) : t('memory:tools.import')}
        </button>
      </div>
      {phase && (
        <div
          className="job-progress__track"
          role="progressbar"
          aria-label={t('memory:tools.importTitle')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={phase.share === null ? undefined : Math.round(phase.share * 100)}
          aria-valuetext={phaseLabel(t, phase)}
          data-step={phase.step}
          data-testid="tmx-import-progress"
        >
          {/* a bar of its own per stage: reading starts again from the left, it does not shrink from the upload's 100 % */}
          <div
            key={`${phase.step}-${phase.share === null ? 'waiting' : 'share'}`}
            className={`job-progress__fill${phase.share === null ? ' job-progress__fill--waiting' : ''}`}
            style={{ width: `${Math.round((phase.share ?? 1) * 100)}%` }}
          />
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

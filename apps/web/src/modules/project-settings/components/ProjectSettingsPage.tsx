import { FORMALITIES, type Formality, type Language, type MemorySettings, type ProjectLanguageSettings } from '@interlinea/shared';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { memoryApi } from '../../../api/memory-api';
import { projectSettingsApi } from '../../../api/project-settings-api';
import { useMtStatus } from '../../machinery';
import { useProject } from '../../projects';
import { QaSettingsSection } from '../../qa';
import { ErrorMessage, Loading } from '../../ui';

function LanguageRow({
  projectId,
  settings,
  sourceLanguage,
  targets,
}: {
  projectId: string;
  settings: ProjectLanguageSettings;
  sourceLanguage: Language;
  targets: Language[];
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const update = async (body: { formality?: Formality; pivotLanguage?: Language | null }) => {
    setError(null);
    setSaved(false);
    try {
      const next = await projectSettingsApi.updateLanguage(projectId, settings.language, body);
      queryClient.setQueryData<ProjectLanguageSettings[]>(['project-languages', projectId], (list) =>
        list?.map((s) => (s.language === next.language ? next : s)),
      );
      void queryClient.invalidateQueries({ queryKey: ['machinery', 'mt'] });
      setSaved(true);
    } catch (cause) {
      setError(cause);
    }
  };
  return (
    <tr data-testid="language-settings" data-language={settings.language}>
      <th scope="row">{t(`common:language.${settings.language}`)}</th>
      <td>
        <select
          value={settings.formality}
          onChange={(e) => void update({ formality: e.target.value as Formality })}
          aria-label={t('settings:languages.formalityOf', { language: t(`common:language.${settings.language}`) })}
          data-testid="formality-select"
        >
          {FORMALITIES.map((f) => (
            <option key={f} value={f}>
              {t(`settings:formality.${f}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <select
          value={settings.pivotLanguage ?? ''}
          onChange={(e) => void update({ pivotLanguage: (e.target.value || null) as Language | null })}
          aria-label={t('settings:languages.pivotOf', { language: t(`common:language.${settings.language}`) })}
          data-testid="pivot-select"
        >
          <option value="">{t('settings:languages.fromSource', { language: t(`common:language.${sourceLanguage}`) })}</option>
          {targets
            .filter((l) => l !== settings.language)
            .map((l) => (
              <option key={l} value={l}>
                {t('settings:languages.fromEdition', { language: t(`common:language.${l}`) })}
              </option>
            ))}
        </select>
      </td>
      <td>
        {saved && (
          <span className="tag tag--success" role="status">
            {t('settings:saved')}
          </span>
        )}
        <ErrorMessage error={error} />
      </td>
    </tr>
  );
}

/** One switch of the project's memory settings (`settings:<key>.label` / `.hint`). */
function MemorySettingToggle({ projectId, setting, text, testId }: { projectId: string; setting: keyof MemorySettings; text: string; testId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const settings = useQuery({ queryKey: ['memory-settings', projectId], queryFn: ({ signal }) => memoryApi.settings(projectId, signal) });
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  if (settings.isPending) return <Loading />;
  if (settings.error) return <ErrorMessage error={settings.error} />;
  const toggle = async (value: boolean) => {
    setError(null);
    setSaving(true);
    try {
      queryClient.setQueryData(['memory-settings', projectId], await memoryApi.updateSettings(projectId, { [setting]: value }));
    } catch (cause) {
      setError(cause);
    } finally {
      setSaving(false);
    }
  };
  return (
    <>
      <label className="check">
        <input type="checkbox" checked={settings.data[setting]} disabled={saving} onChange={(e) => void toggle(e.target.checked)} data-testid={testId} />
        <span>{t(`settings:${text}.label`)}</span>
      </label>
      <p className="muted small">{t(`settings:${text}.hint`)}</p>
      <ErrorMessage error={error} />
    </>
  );
}

function MtUsage({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const status = useMtStatus(projectId);
  if (status.isPending) return <Loading />;
  if (status.error) return <ErrorMessage error={status.error} />;
  const { enabled, reason, usage, usageError } = status.data;
  if (!enabled)
    return (
      <p className="muted" data-testid="mt-usage">
        {t('settings:mt.off', { reason })}
      </p>
    );
  if (!usage)
    return (
      <p className="muted" data-testid="mt-usage">
        {usageError ?? t('settings:mt.unknown')}
      </p>
    );
  const share = usage.characterLimit > 0 ? Math.min(100, Math.round((usage.characterCount / usage.characterLimit) * 100)) : 0;
  return (
    <div data-testid="mt-usage" data-count={usage.characterCount} data-limit={usage.characterLimit}>
      <p>{t('settings:mt.usage', { count: usage.characterCount, limit: usage.characterLimit, share })}</p>
      <div className="job-progress__track" role="progressbar" aria-label={t('settings:mt.title')} aria-valuemin={0} aria-valuemax={100} aria-valuenow={share}>
        <div className="job-progress__fill" style={{ width: `${share}%` }} />
      </div>
    </div>
  );
}

/** `/projects/:projectId/settings` (managers): formality and pivot per edition, repetitions, MT usage. */
export function ProjectSettingsPage() {
  const { t } = useTranslation();
  const { projectId = '' } = useParams();
  const project = useProject(projectId);
  const languages = useQuery({ queryKey: ['project-languages', projectId], queryFn: ({ signal }) => projectSettingsApi.languages(projectId, signal) });
  if (project.isPending) return <Loading />;
  if (project.error) return <ErrorMessage error={project.error} />;
  return (
    <main className="page" data-testid="settings-page">
      <div className="page__head page__head--tools">
        <div>
          <Link to={`/projects/${projectId}`} className="muted small">
            ← {project.data.name}
          </Link>
          <h1>{t('settings:title')}</h1>
        </div>
      </div>
      <div className="page__main">
        <section className="tool-section">
          <h2 className="section-title">{t('settings:languages.title')}</h2>
          <p className="muted small">{t('settings:languages.hint')}</p>
          {languages.isPending ? (
            <Loading />
          ) : languages.error ? (
            <ErrorMessage error={languages.error} />
          ) : (
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('settings:languages.edition')}</th>
                  <th scope="col">{t('settings:languages.formality')}</th>
                  <th scope="col">{t('settings:languages.pivot')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('settings:saved')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {languages.data.map((s) => (
                  <LanguageRow
                    key={s.language}
                    projectId={projectId}
                    settings={s}
                    sourceLanguage={project.data.sourceLanguage}
                    targets={project.data.targetLanguages}
                  />
                ))}
              </tbody>
            </table>
          )}
        </section>
        <section className="tool-section">
          <h2 className="section-title">{t('settings:repetitions.title')}</h2>
          <MemorySettingToggle projectId={projectId} setting="propagateRepetitions" text="repetitions" testId="repetitions-toggle" />
        </section>
        <section className="tool-section">
          <h2 className="section-title">{t('settings:sharedMemory.title')}</h2>
          <MemorySettingToggle projectId={projectId} setting="contributeToSharedMemory" text="sharedMemory" testId="shared-memory-toggle" />
        </section>
        <section className="tool-section">
          <h2 className="section-title">{t('settings:mt.title')}</h2>
          <MtUsage projectId={projectId} />
        </section>
        <QaSettingsSection projectId={projectId} />
      </div>
    </main>
  );
}

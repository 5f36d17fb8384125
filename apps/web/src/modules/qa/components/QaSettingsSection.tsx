import { QA_CHECKS, type QaCheckCode, type QaSettings } from '@interlinea/shared';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { qaApi } from '../../../api/qa-api';
import { ErrorMessage, Loading } from '../../ui';

/** Project settings: each QA check switched on or off (managers). */
export function QaSettingsSection({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const key = ['qa-settings', projectId];
  const settings = useQuery({ queryKey: key, queryFn: ({ signal }) => qaApi.settings(projectId, signal) });
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  if (settings.isPending) return <Loading />;
  if (settings.error) return <ErrorMessage error={settings.error} />;
  const disabled = new Set(settings.data.disabled);
  const toggle = async (code: QaCheckCode, on: boolean) => {
    setError(null);
    setSaved(false);
    try {
      queryClient.setQueryData<QaSettings>(key, await qaApi.updateSettings(projectId, { checks: { [code]: on } }));
      void queryClient.invalidateQueries({ queryKey: ['qa-context'] });
      setSaved(true);
    } catch (cause) {
      setError(cause);
    }
  };
  return (
    <section className="tool-section" data-testid="qa-settings">
      <h2 className="section-title">{t('qa:settings.title')}</h2>
      <p className="muted small">{t('qa:settings.hint')}</p>
      <div className="qa-settings__checks">
        {QA_CHECKS.map((code) => (
          <label key={code} className="check">
            <input
              type="checkbox"
              checked={!disabled.has(code)}
              onChange={(e) => void toggle(code, e.target.checked)}
              data-testid="qa-check-toggle"
              data-code={code}
            />
            <span>{t(`qa:code.${code}`)}</span>
          </label>
        ))}
      </div>
      {saved && (
        <span className="tag tag--success" role="status">
          {t('qa:settings.saved')}
        </span>
      )}
      <ErrorMessage error={error} />
    </section>
  );
}

import type { Language } from '@interlinea/shared';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../ui';

interface EditorBannersProps {
  lang: Language;
  canTranslate: boolean;
  /** Why the last command did nothing. */
  notice: string | null;
  /** How many segments got their unsaved text back after a reload. */
  restoredCount: number;
  saveError: unknown;
  onDismissSaveError: () => void;
  structureError: unknown;
  onDismissStructureError: () => void;
}

function ErrorBanner({ error, testId, onDismiss }: { error: unknown; testId: string; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="banner banner--error">
      <ErrorMessage error={error} testId={testId} />
      <button type="button" className="button button--small" onClick={onDismiss}>
        {t('common:actions.dismiss')}
      </button>
    </div>
  );
}

/** The lines under the toolbar: read-only edition, notices, restored drafts, failed saves and structure changes. */
export function EditorBanners({
  lang,
  canTranslate,
  notice,
  restoredCount,
  saveError,
  onDismissSaveError,
  structureError,
  onDismissStructureError,
}: EditorBannersProps) {
  const { t } = useTranslation();
  return (
    <>
      {!canTranslate && (
        <p className="banner" role="note">
          {t('editor:readOnly', { language: t(`common:language.${lang}`) })}
        </p>
      )}
      {notice && (
        <p className="banner banner--warning" role="status">
          {notice}
        </p>
      )}
      {restoredCount > 0 && (
        <p className="banner banner--warning" role="status" data-testid="restored-banner">
          {t('editor:restored.banner', { count: restoredCount })}
        </p>
      )}
      {saveError !== null && <ErrorBanner error={saveError} testId="save-error" onDismiss={onDismissSaveError} />}
      {structureError !== null && <ErrorBanner error={structureError} testId="structure-error" onDismiss={onDismissStructureError} />}
    </>
  );
}

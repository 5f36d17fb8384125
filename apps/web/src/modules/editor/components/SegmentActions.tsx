import { useTranslation } from 'react-i18next';
import type { SegmentAction } from '../utils/segment-action';

/** Copy source · Save draft · Confirm: the mouse way to what Ctrl+Insert, Alt+↓ and Ctrl+Enter do. */
export function SegmentActions({ onAction, disabled }: { onAction: (action: SegmentAction) => void; disabled: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="segment-actions">
      <button type="button" className="button button--small button--ghost" onClick={() => onAction('copySource')} data-testid="copy-source-button" title="Ctrl+Insert / Ctrl+Shift+S">
        {t('editor:actions.copySource')}
      </button>
      <span className="segment-actions__spacer" />
      <button type="button" className="button button--small" onClick={() => onAction('saveDraft')} disabled={disabled} data-testid="save-draft-button">
        {t('editor:actions.saveDraft')}
      </button>
      <button type="button" className="button button--small button--primary" onClick={() => onAction('confirm')} disabled={disabled} data-testid="save-button" title="Ctrl+Enter">
        {t('editor:actions.confirm')}
      </button>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import type { SegmentAction } from '../utils/segment-action';

interface SegmentActionsProps {
  onAction: (action: SegmentAction) => void;
  disabled: boolean;
  /** False on the last segment of a block: merging never crosses blocks. */
  canMerge: boolean;
  /** Split and merge change the segment in every edition: offered in the page's edition only. */
  structure?: boolean;
}

/** The mouse way to the active segment's shortcuts: copy source, split, merge, save draft, confirm. */
export function SegmentActions({ onAction, disabled, canMerge, structure = true }: SegmentActionsProps) {
  const { t } = useTranslation();
  return (
    <div className="segment-actions">
      <button
        type="button"
        className="button button--small button--ghost"
        onClick={() => onAction('copySource')}
        data-testid="copy-source-button"
        title="Ctrl+Insert / Ctrl+Shift+S"
      >
        {t('editor:actions.copySource')}
      </button>
      {structure && (
        <button
          type="button"
          className="button button--small button--ghost"
          onClick={() => onAction('split')}
          disabled={disabled}
          data-testid="split-button"
          title="Ctrl+Shift+Enter"
        >
          {t('editor:actions.split')}
        </button>
      )}
      {structure && (
        <button
          type="button"
          className="button button--small button--ghost"
          onClick={() => onAction('merge')}
          disabled={disabled || !canMerge}
          data-testid="merge-button"
          title={canMerge ? 'Ctrl+Alt+J' : t('editor:merge.lastInBlock')}
        >
          {t('editor:actions.merge')}
        </button>
      )}
      <span className="segment-actions__save">
        <button type="button" className="button button--small" onClick={() => onAction('saveDraft')} disabled={disabled} data-testid="save-draft-button">
          {t('editor:actions.saveDraft')}
        </button>
        <button
          type="button"
          className="button button--small button--primary"
          onClick={() => onAction('confirm')}
          disabled={disabled}
          data-testid="save-button"
          title="Ctrl+Enter"
        >
          {t('editor:actions.confirm')}
        </button>
      </span>
    </div>
  );
}

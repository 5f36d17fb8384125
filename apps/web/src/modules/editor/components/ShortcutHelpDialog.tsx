import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui';
import { useKeyLabel } from '../hooks/use-key-label';

const SHORTCUTS = [
  { keys: ['Ctrl+Enter'], action: 'confirm' },
  { keys: ['Alt+↓'], action: 'next' },
  { keys: ['Alt+↑'], action: 'previous' },
  { keys: ['Alt+→'], action: 'columnRight', ns: 'grid:shortcuts' },
  { keys: ['Alt+←'], action: 'columnLeft', ns: 'grid:shortcuts' },
  { keys: ['Ctrl+Home'], action: 'first', ns: 'grid:shortcuts' },
  { keys: ['Ctrl+End'], action: 'last', ns: 'grid:shortcuts' },
  { keys: ['Ctrl+G'], action: 'goTo', ns: 'grid:shortcuts' },
  { keys: ['Ctrl+Insert', 'Ctrl+Shift+S'], action: 'copySource' },
  { keys: ['Ctrl+1…9'], action: 'insertMatch' },
  { keys: ['Ctrl+K'], action: 'concordance' },
  { keys: ['Ctrl+,'], action: 'nextCode' },
  { keys: ['Ctrl+Shift+1…9'], action: 'code' },
  { keys: ['Ctrl+Z', 'Ctrl+Shift+Z'], action: 'undo' },
  { keys: ['Ctrl+Shift+Enter'], action: 'split' },
  { keys: ['Ctrl+Alt+J'], action: 'merge' },
  { keys: ['Alt+A'], action: 'approve', ns: 'review:shortcuts' },
  { keys: ['Ctrl+Enter'], action: 'approveInReview', ns: 'review:shortcuts' },
  { keys: ['Alt+R'], action: 'reject', ns: 'review:shortcuts' },
  { keys: ['Ctrl+Enter'], action: 'rejectInReason', ns: 'review:shortcuts' },
  { keys: ['F6'], action: 'sidePanel', ns: 'review:shortcuts' },
  { keys: ['Alt+O'], action: 'confirmOutdated', ns: 'editions:shortcuts' },
  { keys: ['?', 'F1'], action: 'help' },
  { keys: ['Esc'], action: 'close' },
] as const satisfies readonly { keys: readonly string[]; action: string; ns?: string }[];

/** The keyboard map, opened with ? or F1. */
export function ShortcutHelpDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const keyLabel = useKeyLabel();
  return (
    <Dialog
      title={t('editor:shortcuts.title')}
      onClose={onClose}
      testId="shortcut-help"
      footer={
        <button type="button" className="button" onClick={onClose}>
          {t('common:actions.close')}
        </button>
      }
    >
      <table className="shortcuts">
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.action}>
              <td>
                {s.keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 && ' / '}
                    <kbd>{keyLabel(k)}</kbd>
                  </span>
                ))}
              </td>
              <td>{t(`${'ns' in s ? s.ns : 'editor:shortcuts'}.${s.action}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}

import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui';

interface StructureConfirmDialogProps {
  kind: 'split' | 'merge';
  /** People's numbers of the segment (and of the next one when merging). */
  number: number;
  onConfirm: () => void;
  onClose: () => void;
}

/** Asked before a split or merge touches segments that already have translations. */
export function StructureConfirmDialog({ kind, number, onConfirm, onClose }: StructureConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog
      title={t(`editor:${kind}.confirmTitle`, { number, next: number + 1 })}
      onClose={onClose}
      testId="structure-confirm"
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common:actions.cancel')}
          </button>
          <button type="button" className="button button--primary" onClick={onConfirm} data-autofocus data-testid="structure-confirm-button">
            {t(`editor:${kind}.confirm`)}
          </button>
        </>
      }
    >
      <p>{t(`editor:${kind}.confirmText`)}</p>
    </Dialog>
  );
}

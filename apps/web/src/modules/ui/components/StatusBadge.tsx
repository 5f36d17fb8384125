import type { TranslationStatus } from '@interlinea/shared';
import { useTranslation } from 'react-i18next';

/** A translation status by colour AND word; `null` is a segment nobody has started. */
export function StatusBadge({ status }: { status: TranslationStatus | null }) {
  const { t } = useTranslation();
  const key = status ?? 'empty';
  return (
    <span className={`status status--${key}`} data-testid="status-label" data-status={key}>
      {t(`common:status.${key}`)}
    </span>
  );
}

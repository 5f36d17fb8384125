import { useTranslation } from 'react-i18next';

/** The grid's mark of a translation whose origin (the source, or its pivot) changed after it was made. */
export function OutdatedBadge({ outdated }: { outdated: boolean | undefined }) {
  const { t } = useTranslation();
  if (!outdated) return null;
  return (
    <span className="outdated-badge" title={t('editions:outdated.hint')} data-testid="outdated-badge">
      {t('editions:outdated.badge')}
    </span>
  );
}

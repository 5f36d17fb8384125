import type { MemoryUnitSummary } from '@interlinea/shared';
import { useTranslation } from 'react-i18next';

/** Origin, trust and retirement of a unit, as small labels. */
export function UnitBadges({ unit }: { unit: Pick<MemoryUnitSummary, 'origin' | 'trusted' | 'retired'> }) {
  const { t } = useTranslation('memoryReview');
  return (
    <span className="memory-badges">
      <span className={`memory-badge memory-badge--${unit.origin}`}>{t(`origin.${unit.origin}`)}</span>
      {unit.trusted ? (
        <span className="memory-badge memory-badge--trusted">{t('badge.trusted')}</span>
      ) : (
        <span className="memory-badge memory-badge--untrusted" data-testid="badge-untrusted">
          {t('badge.untrusted')}
        </span>
      )}
      {unit.retired && (
        <span className="memory-badge memory-badge--retired" data-testid="badge-retired">
          {t('badge.retired')}
        </span>
      )}
    </span>
  );
}

import type { Language } from '@interlinea/shared';
import { useTranslation } from 'react-i18next';

/** "EN → RU, DE", with the full language names for screen readers and on hover. */
export function LanguagePair({ source, targets }: { source: Language; targets: Language[] }) {
  const { t } = useTranslation();
  const label = t('projects:languagePair', {
    source: t(`common:language.${source}`),
    targets: targets.map((l) => t(`common:language.${l}`)).join(', '),
  });
  return (
    <span className="lang-pair" title={label} aria-label={label}>
      <span aria-hidden="true">
        {source.toUpperCase()} → {targets.map((l) => l.toUpperCase()).join(', ')}
      </span>
    </span>
  );
}

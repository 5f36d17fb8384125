import { useTranslation } from 'react-i18next';

/** A red “!” disc for an error, an amber one for a warning (drawn with CSS: not every system has emoji), named for screen readers. */
export function SeverityIcon({ severity }: { severity: 'error' | 'warning' }) {
  const { t } = useTranslation();
  return (
    <span className={`qa-severity qa-severity--${severity}`} role="img" aria-label={t(`qa:severity.${severity}`)} title={t(`qa:severity.${severity}`)}>
      !
    </span>
  );
}

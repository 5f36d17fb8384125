import { useTranslation } from 'react-i18next';

/** ⛔ for an error, ⚠ for a warning, with the word for screen readers. */
export function SeverityIcon({ severity }: { severity: 'error' | 'warning' }) {
  const { t } = useTranslation();
  return (
    <span className={`qa-severity qa-severity--${severity}`} role="img" aria-label={t(`qa:severity.${severity}`)} title={t(`qa:severity.${severity}`)}>
      {severity === 'error' ? '⛔' : '⚠'}
    </span>
  );
}

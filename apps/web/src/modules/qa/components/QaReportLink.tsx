import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** The way from an edition (editor, documents table) to its QA report. */
export function QaReportLink({ documentId, lang, className = 'button button--ghost' }: { documentId: string; lang: string; className?: string }) {
  const { t } = useTranslation();
  return (
    <Link to={`/documents/${documentId}/${lang}/qa`} className={className} data-testid="qa-report-link">
      {t('qa:report.link')}
    </Link>
  );
}

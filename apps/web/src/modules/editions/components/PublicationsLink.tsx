import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** The editor's way to the document's publications, errata and corrected originals. */
export function PublicationsLink({ documentId }: { documentId: string }) {
  const { t } = useTranslation();
  return (
    <Link to={`/documents/${documentId}/publications`} className="button button--ghost button--small" data-testid="publications-link">
      {t('editions:publications.link')}
    </Link>
  );
}

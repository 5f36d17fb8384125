import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** Any path the router does not know. */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <main className="page">
      <h1>{t('common:notFound.title')}</h1>
      <Link to="/">{t('common:notFound.back')}</Link>
    </main>
  );
}

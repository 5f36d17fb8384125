import type { Contribution } from '@interlinea/shared';
import { useTranslation } from 'react-i18next';

/** Words (and segments) each person translated and approved, per edition. */
export function ContributorsTable({ contributors }: { contributors: Contribution[] }) {
  const { t } = useTranslation();
  if (contributors.length === 0) return <p className="empty">{t('dashboard:contributors.empty')}</p>;
  return (
    <table className="table" data-testid="dashboard-contributors">
      <thead>
        <tr>
          <th scope="col">{t('dashboard:contributors.person')}</th>
          <th scope="col">{t('dashboard:edition')}</th>
          <th scope="col" className="num">
            {t('dashboard:contributors.translatedWords')}
          </th>
          <th scope="col" className="num">
            {t('dashboard:contributors.translatedSegments')}
          </th>
          <th scope="col" className="num">
            {t('dashboard:contributors.approvedWords')}
          </th>
          <th scope="col" className="num">
            {t('dashboard:contributors.approvedSegments')}
          </th>
        </tr>
      </thead>
      <tbody>
        {contributors.map((c) => (
          <tr key={`${c.userId ?? 'unknown'}:${c.language}`} data-testid="dashboard-contributor">
            <td className="table__title">{c.displayName ?? t('dashboard:contributors.unknown')}</td>
            <td>
              <span className="dashboard__language">{t(`common:language.${c.language}`)}</span>
            </td>
            <td className="num">{c.translatedWords.toLocaleString()}</td>
            <td className="num">{c.translatedSegments.toLocaleString()}</td>
            <td className="num">{c.approvedWords.toLocaleString()}</td>
            <td className="num">{c.approvedSegments.toLocaleString()}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

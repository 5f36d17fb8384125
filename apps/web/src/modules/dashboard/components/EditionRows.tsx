import type { EditionDashboard } from '@interlinea/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { StatusBar } from './StatusBar';

const STATUSES = ['untranslated', 'draft', 'translated', 'approved', 'rejected'] as const;

/** The table head for edition rows: words (and segments) by status, then what needs attention. */
export function EditionHead({ first }: { first: string }) {
  const { t } = useTranslation();
  return (
    <>
      <caption className="dashboard__caption">{t('dashboard:unitsNote')}</caption>
      <thead>
        <tr>
          <th scope="col">{first}</th>
          <th scope="col">{t('dashboard:progress')}</th>
          {STATUSES.map((s) => (
            <th key={s} scope="col" className="num">
              {t(`dashboard:status.${s}`)}
            </th>
          ))}
          <th scope="col" className="num">
            {t('dashboard:outdated')}
          </th>
          <th scope="col" className="num">
            {t('dashboard:qaErrors')}
          </th>
          <th scope="col" className="num">
            {t('dashboard:openComments')}
          </th>
        </tr>
      </thead>
    </>
  );
}

/** One edition as a table row: its bar, words by status (segments below), outdated, QA errors, open comments. */
export function EditionRow({ edition, label, documentId }: { edition: EditionDashboard; label: ReactNode; documentId?: string }) {
  const { t } = useTranslation();
  const percent = edition.words === 0 ? 0 : Math.round((edition.approved.words / edition.words) * 100);
  const qaCell =
    documentId && edition.qaErrors > 0 ? (
      <Link to={`/documents/${encodeURIComponent(documentId)}/${edition.language}/qa`}>{edition.qaErrors.toLocaleString()}</Link>
    ) : (
      edition.qaErrors.toLocaleString()
    );
  return (
    <tr data-testid="dashboard-edition" data-language={edition.language} data-approved-words={edition.approved.words} data-words={edition.words}>
      <td className="table__title">{label}</td>
      <td className="dashboard__progress">
        <StatusBar edition={edition} />
        <span className="muted small">{t('dashboard:approvedShare', { percent })}</span>
      </td>
      {STATUSES.map((s) => (
        <td key={s} className="num" data-status={s} data-segments={edition[s].segments}>
          {edition[s].words.toLocaleString()}
          <span className="dashboard__segments">{edition[s].segments.toLocaleString()}</span>
        </td>
      ))}
      <td className={`num${edition.outdated > 0 ? ' dashboard__attention' : ''}`} data-testid="dashboard-outdated">
        {edition.outdated.toLocaleString()}
      </td>
      <td className={`num${edition.qaErrors > 0 ? ' dashboard__attention' : ''}`} data-testid="dashboard-qa-errors">
        {qaCell}
      </td>
      <td className="num" data-testid="dashboard-open-comments">
        {edition.openComments.toLocaleString()}
      </td>
    </tr>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useProject } from '../../projects';
import { ErrorMessage, Loading } from '../../ui';
import { useDashboard } from '../hooks/use-dashboard';
import { ActivityChart } from './ActivityChart';
import { ContributorsTable } from './ContributorsTable';
import { EditionHead, EditionRow } from './EditionRows';

const PERIODS = [2, 4, 8, 12, 26];

/** `/projects/:projectId/dashboard`: each edition's progress by document, words per day, who contributed what. */
export function DashboardPage() {
  const { t } = useTranslation();
  const { projectId = '' } = useParams();
  const [weeks, setWeeks] = useState(8);
  const project = useProject(projectId);
  const dashboard = useDashboard(projectId, weeks);
  if (project.isPending || dashboard.isPending) return <Loading />;
  if (project.error || dashboard.error) return <ErrorMessage error={project.error ?? dashboard.error} />;
  const board = dashboard.data;
  const language = (l: string) => <span className="dashboard__language">{t(`common:language.${l}`)}</span>;
  return (
    <main className="page dashboard" data-testid="dashboard-page">
      <div className="page__head page__head--tools">
        <div>
          <Link to={`/projects/${projectId}`} className="muted small">
            ← {project.data.name}
          </Link>
          <h1>{t('dashboard:title')}</h1>
        </div>
        <label className="field dashboard__period">
          <span className="field__label">{t('dashboard:period')}</span>
          <select value={weeks} onChange={(e) => setWeeks(Number(e.target.value))} data-testid="dashboard-weeks">
            {PERIODS.map((n) => (
              <option key={n} value={n}>
                {t('dashboard:weeks', { count: n })}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="page__main">
        <p className="muted">{t('dashboard:intro')}</p>
        <section aria-labelledby="dashboard-editions">
          <h2 id="dashboard-editions" className="section-title">
            {t('dashboard:editions')}
          </h2>
          <div className="dashboard__scroll">
            <table className="table dashboard__table" data-testid="dashboard-editions">
              <EditionHead first={t('dashboard:edition')} />
              <tbody>
                {board.editions.map((e) => (
                  <EditionRow key={e.language} edition={e} label={language(e.language)} />
                ))}
              </tbody>
            </table>
          </div>
        </section>
        <section aria-labelledby="dashboard-chart">
          <h2 id="dashboard-chart" className="section-title">
            {t('dashboard:chart.title')}
          </h2>
          <ActivityChart daily={board.daily} languages={board.editions.map((e) => e.language)} from={board.from} to={board.to} />
        </section>
        <section aria-labelledby="dashboard-documents">
          <h2 id="dashboard-documents" className="section-title">
            {t('dashboard:documents')}
          </h2>
          {board.documents.length === 0 ? (
            <p className="empty">{t('dashboard:empty')}</p>
          ) : (
            <div className="dashboard__scroll">
              <table className="table dashboard__table" data-testid="dashboard-documents">
                <EditionHead first={t('dashboard:document')} />
                {board.documents.map((d) => (
                  <tbody key={d.documentId} className="dashboard__document" data-testid="dashboard-document">
                    {d.editions.map((e, i) => (
                      <EditionRow
                        key={e.language}
                        documentId={d.documentId}
                        edition={e}
                        label={
                          <>
                            {i === 0 && <span className="dashboard__document-title">{d.title}</span>}
                            <Link to={`/documents/${encodeURIComponent(d.documentId)}/${e.language}`} className="dashboard__edition-link">
                              {language(e.language)}
                            </Link>
                          </>
                        }
                      />
                    ))}
                  </tbody>
                ))}
              </table>
            </div>
          )}
        </section>
        <section aria-labelledby="dashboard-contributors">
          <h2 id="dashboard-contributors" className="section-title">
            {t('dashboard:contributors.title')}
          </h2>
          <ContributorsTable contributors={board.contributors} />
        </section>
      </div>
    </main>
  );
}

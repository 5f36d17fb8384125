import type { DocumentSummary, Language } from '@interlinea/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ProgressBar } from '../../ui';

interface DocumentsTableProps {
  documents: DocumentSummary[];
  languages: Language[];
  /** Given when the user may export (publisher or manager). */
  onExport?: (document: DocumentSummary) => void;
  /** Extra actions per document × edition (pre-translation, analysis), shown after "Open". */
  editionTools?: (document: DocumentSummary, language: Language) => ReactNode;
}

/** Title, size and per-edition progress of each document, with a link into the editor per edition. */
export function DocumentsTable({ documents, languages, onExport, editionTools }: DocumentsTableProps) {
  const { t } = useTranslation();
  return (
    <table className="table" data-testid="documents-table">
      <thead>
        <tr>
          <th scope="col">{t('documents:table.title')}</th>
          <th scope="col" className="num">
            {t('documents:table.segments')}
          </th>
          <th scope="col" className="num">
            {t('documents:table.words')}
          </th>
          <th scope="col">{t('documents:table.editions')}</th>
          {onExport && (
            <th scope="col">
              <span className="visually-hidden">{t('documents:export.open')}</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {documents.map((doc) => (
          <tr key={doc.id} data-testid="document-row">
            <td className="table__title">
              {doc.title}
              <Link className="table__sublink" to={`/documents/${doc.id}/publications`} data-testid="document-publications">
                {t('editions:publications.link')}
              </Link>
            </td>
            <td className="num">{doc.segmentCount.toLocaleString()}</td>
            <td className="num">{doc.wordCount.toLocaleString()}</td>
            <td>
              {languages.map((language) => {
                const progress = doc.progress.find((p) => p.language === language);
                return (
                  <div key={language} className="edition-line">
                    <span className="edition-line__lang">{language.toUpperCase()}</span>
                    {progress && <ProgressBar progress={progress} />}
                    {(progress?.outdated ?? 0) > 0 && (
                      <span className="outdated-count" data-testid="outdated-count" data-language={language}>
                        {t('editions:outdated.count', { count: progress!.outdated })}
                      </span>
                    )}
                    <Link
                      className="button button--small"
                      to={`/documents/${doc.id}/${language}`}
                      data-testid="open-editor"
                      data-language={language}
                      aria-label={t('documents:openEdition', { title: doc.title, language: t(`common:language.${language}`) })}
                    >
                      {t('documents:open')}
                    </Link>
                    {editionTools?.(doc, language)}
                  </div>
                );
              })}
            </td>
            {onExport && (
              <td>
                <button type="button" className="button button--small" onClick={() => onExport(doc)} data-testid="export-open">
                  {t('documents:export.open')}
                </button>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import type { EditionProgress, Language, Publication } from '@interlinea/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApiRequestError } from '../../../api/api-request-error';
import { editionsApi } from '../../../api/editions-api';
import { saveFile } from '../../documents';
import { ExportQaCheck } from '../../qa';
import { ErrorMessage, useFormatDate } from '../../ui';
import { useErrata, usePublicationDiff, usePublish } from '../hooks/use-publications';
import { EditionChanges } from './EditionChanges';

interface EditionPublicationsProps {
  documentId: string;
  lang: Language;
  sourceLang: Language;
  progress: EditionProgress | undefined;
  publications: Publication[];
  canPublish: boolean;
  canDownload: boolean;
}

/** One edition: publish, its publications (downloads, diffs), and the errata since the last one. */
export function EditionPublications({ documentId, lang, sourceLang, progress, publications, canPublish, canDownload }: EditionPublicationsProps) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const publish = usePublish(documentId);
  const errata = useErrata(documentId, lang);
  const [comparing, setComparing] = useState<{ id: string; against: string } | null>(null);
  const diff = usePublicationDiff(comparing?.id ?? null, comparing?.against ?? 'current');
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const [overrideQa, setOverrideQa] = useState(false);
  const download = (publication: Publication, format: string) => {
    setDownloadError(null);
    editionsApi.download(publication, format).then((file) => saveFile(file.blob, file.fileName), setDownloadError);
  };
  const language = t(`common:language.${lang}`);

  return (
    <section className="edition-publications" aria-labelledby={`edition-${lang}`} data-testid="edition-publications" data-language={lang}>
      <div className="edition-publications__head">
        <h2 id={`edition-${lang}`} className="section-title">
          {t('editions:publications.edition', { language })}
        </h2>
        {progress && (
          <span className="muted small" data-testid="edition-counts">
            {t('editions:publications.counts', { approved: progress.approved, segments: progress.segments })}
            {(progress.outdated ?? 0) > 0 && (
              <>
                {' · '}
                <Link to={`/documents/${documentId}/${lang}`} className="outdated-count" data-testid="outdated-count">
                  {t('editions:outdated.count', { count: progress.outdated })}
                </Link>
              </>
            )}
          </span>
        )}
        {canPublish && (
          <button type="button" className="button" onClick={() => publish.mutate({ lang, overrideQa })} disabled={publish.isPending} data-testid="publish">
            {t('editions:publications.publish', { language: lang.toUpperCase() })}
          </button>
        )}
      </div>
      {canPublish && (
        <ExportQaCheck
          documentId={documentId}
          lang={lang}
          override={overrideQa}
          onOverride={setOverrideQa}
          overrideLabel={t('editions:publications.qaOverride')}
        />
      )}
      {publish.error instanceof ApiRequestError && publish.error.code === 'QA_ERRORS' ? (
        <p className="error-message" role="alert" data-testid="publish-error">
          {t('editions:publications.qaOverrideNeeded')}
        </p>
      ) : (
        <ErrorMessage error={publish.error ?? downloadError} />
      )}
      {publications.length === 0 ? (
        <p className="muted">{t('editions:publications.none')}</p>
      ) : (
        <table className="table publications-table">
          <thead>
            <tr>
              <th scope="col">{t('editions:publications.number')}</th>
              <th scope="col">{t('editions:publications.when')}</th>
              <th scope="col">{t('editions:publications.who')}</th>
              <th scope="col">{t('editions:publications.files')}</th>
              <th scope="col">{t('editions:publications.compare')}</th>
            </tr>
          </thead>
          <tbody>
            {publications.map((p, i) => {
              const previous = publications[i + 1];
              return (
                <tr key={p.id} data-testid="publication-row" data-number={p.number}>
                  <td className="num">№ {p.number}</td>
                  <td>{formatDate(p.createdAt)}</td>
                  <td>{p.authorName ?? '—'}</td>
                  <td>
                    <div className="publications-table__files">
                      {canDownload
                        ? p.formats.map((format) => (
                            <button
                              key={format}
                              type="button"
                              className="button button--small button--ghost"
                              onClick={() => download(p, format)}
                              data-testid="publication-download"
                              data-format={format}
                            >
                              {format.replace('xliff12', 'XLIFF 1.2').replace('xliff20', 'XLIFF 2.0').toUpperCase()}
                            </button>
                          ))
                        : p.formats.join(', ')}
                    </div>
                  </td>
                  <td>
                    <div className="publications-table__files">
                      <button
                        type="button"
                        className="button button--small button--ghost"
                        onClick={() => setComparing({ id: p.id, against: 'current' })}
                        data-testid="compare-now"
                      >
                        {t('editions:publications.withNow')}
                      </button>
                      {previous && (
                        <button type="button" className="button button--small button--ghost" onClick={() => setComparing({ id: previous.id, against: p.id })}>
                          {t('editions:publications.withPrevious', { number: previous.number })}
                        </button>
                      )}
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {comparing && (
        <div className="publication-diff" data-testid="publication-diff">
          <div className="publication-diff__head">
            <h3>
              {diff.data
                ? diff.data.to
                  ? t('editions:publications.diffTitle', { from: diff.data.from.number, to: diff.data.to.number })
                  : t('editions:publications.diffNowTitle', { from: diff.data.from.number })
                : '…'}
            </h3>
            <button type="button" className="button button--ghost button--small" onClick={() => setComparing(null)}>
              {t('common:actions.close')}
            </button>
          </div>
          <ErrorMessage error={diff.error} />
          {diff.data && <EditionChanges changes={diff.data.changes} documentId={documentId} lang={lang} sourceLang={sourceLang} />}
        </div>
      )}
      <div className="errata" data-testid="errata" data-language={lang}>
        <h3>{t('editions:errata.title')}</h3>
        <ErrorMessage error={errata.error} />
        {errata.data &&
          (errata.data.publication ? (
            <>
              <p className="muted small" data-testid="errata-summary">
                {t('editions:errata.since', { number: errata.data.publication.number, date: formatDate(errata.data.publication.createdAt) })}
                {errata.data.corrections > 0 && ` · ${t('editions:errata.corrections', { count: errata.data.corrections })}`}
              </p>
              <EditionChanges changes={errata.data.changes} documentId={documentId} lang={lang} sourceLang={sourceLang} testId="errata-list" />
            </>
          ) : (
            <p className="muted">{t('editions:errata.unpublished')}</p>
          ))}
      </div>
    </section>
  );
}

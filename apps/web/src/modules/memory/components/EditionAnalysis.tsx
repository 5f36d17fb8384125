import type { AnalysisBand, DocumentSummary, Language } from '@interlinea/shared';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { memoryApi } from '../../../api/memory-api';
import { Dialog, ErrorMessage, Loading } from '../../ui';

function AnalysisDialog({ document, lang, onClose }: { document: DocumentSummary; lang: Language; onClose: () => void }) {
  const { t } = useTranslation();
  const analysis = useQuery({
    queryKey: ['analysis', document.id, lang],
    queryFn: ({ signal }) => memoryApi.analysis(document.id, lang, signal),
  });
  const band = (b: AnalysisBand) => t(`memory:analysis.band.${b}`);
  return (
    <Dialog
      title={t('memory:analysis.title', { title: document.title, language: t(`common:language.${lang}`) })}
      onClose={onClose}
      testId="analysis-dialog"
      footer={
        <>
          <a className="button" href={memoryApi.analysisCsvUrl(document.id, lang)} download data-testid="analysis-csv">
            {t('memory:analysis.csv')}
          </a>
          <button type="button" className="button button--primary" onClick={onClose}>
            {t('common:actions.close')}
          </button>
        </>
      }
    >
      {analysis.isPending ? (
        <Loading />
      ) : analysis.error ? (
        <ErrorMessage error={analysis.error} />
      ) : (
        <table className="table" data-testid="analysis-table">
          <thead>
            <tr>
              <th scope="col">{t('memory:analysis.match')}</th>
              <th scope="col" className="num">
                {t('memory:analysis.segments')}
              </th>
              <th scope="col" className="num">
                {t('memory:analysis.words')}
              </th>
            </tr>
          </thead>
          <tbody>
            {analysis.data.rows.map((row) => (
              <tr key={row.band} data-testid="analysis-row" data-band={row.band}>
                <td>{band(row.band)}</td>
                <td className="num">{row.segments.toLocaleString()}</td>
                <td className="num">{row.words.toLocaleString()}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('memory:analysis.total')}</th>
              <td className="num">
                <strong>{analysis.data.total.segments.toLocaleString()}</strong>
              </td>
              <td className="num">
                <strong>{analysis.data.total.words.toLocaleString()}</strong>
              </td>
            </tr>
          </tfoot>
        </table>
      )}
    </Dialog>
  );
}

/** "Analysis" of one document × edition: segments and words per memory band, with a CSV download. */
export function EditionAnalysis({ document, lang }: { document: DocumentSummary; lang: Language }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button button--ghost button--small"
        onClick={() => setOpen(true)}
        data-testid="analysis-open"
        data-language={lang}
        aria-label={t('memory:analysis.open', { title: document.title, language: t(`common:language.${lang}`) })}
      >
        {t('memory:analysis.action')}
      </button>
      {open && <AnalysisDialog document={document} lang={lang} onClose={() => setOpen(false)} />}
    </>
  );
}

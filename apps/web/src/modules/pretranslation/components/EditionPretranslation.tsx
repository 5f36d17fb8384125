import type { DocumentSummary, Language } from '@interlinea/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { jobStorage } from '../utils/job-storage';
import { PretranslateDialog } from './PretranslateDialog';
import { PretranslationProgress } from './PretranslationProgress';

/** The "Pre-translate" action of one document × edition, and the progress of its job (kept across reloads). */
export function EditionPretranslation({ document, lang }: { document: DocumentSummary; lang: Language }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [jobId, setJobId] = useState<string | null>(() => jobStorage.get(document.id, lang));
  const [open, setOpen] = useState(false);

  const started = (id: string) => {
    jobStorage.set(document.id, lang, id);
    setJobId(id);
  };
  const dismiss = () => {
    jobStorage.forget(document.id, lang);
    setJobId(null);
  };

  return (
    <>
      <button
        type="button"
        className="button button--small"
        onClick={() => setOpen(true)}
        data-testid="pretranslate-open"
        data-language={lang}
        aria-label={t('pretranslation:open', { title: document.title, language: t(`common:language.${lang}`) })}
      >
        {t('pretranslation:action')}
      </button>
      {jobId && (
        <div className="edition-line__wide">
          <PretranslationProgress
            key={jobId}
            jobId={jobId}
            onDismiss={dismiss}
            onFinished={() => {
              void queryClient.invalidateQueries({ queryKey: ['projects', document.projectId] });
              void queryClient.invalidateQueries({ queryKey: ['segments', document.id] });
            }}
          />
        </div>
      )}
      {open && <PretranslateDialog document={document} lang={lang} onStarted={started} onClose={() => setOpen(false)} />}
    </>
  );
}

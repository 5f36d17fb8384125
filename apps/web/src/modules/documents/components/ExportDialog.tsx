import {
  translationStatusSchema,
  UNAPPROVED_POLICIES,
  unapprovedSegmentSchema,
  type ExportFormat,
  type ExportQuery,
  type DocumentFormat,
  type DocumentSummary,
  type Language,
  type UnapprovedPolicy,
} from '@interlinea/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ApiRequestError } from '../../../api/api-request-error';
import { documentsApi } from '../../../api/documents-api';
import { ExportQaCheck, qaReportKey } from '../../qa';
import { Dialog, ErrorMessage, Field, segmentNumber, StatusBadge } from '../../ui';
import { saveFile } from '../utils/save-file';

const refusalSchema = z.object({ segments: z.array(unapprovedSegmentSchema) });

interface ExportDialogProps {
  document: DocumentSummary;
  languages: Language[];
  onClose: () => void;
}

/** A PDF cannot be rebuilt: its editions are written as new documents in one of these formats. */
const PDF_EDITION_FORMATS: ExportFormat[] = ['docx', 'odt', 'html', 'md'];

function exportFormatsOf(format: DocumentFormat): ExportFormat[] {
  return format === 'pdf' ? PDF_EDITION_FORMATS : [format];
}

/** Export one edition: language, format, and what to do with segments that are not approved. */
export function ExportDialog({ document, languages, onClose }: ExportDialogProps) {
  const { t } = useTranslation();
  const [lang, setLang] = useState<Language>(languages[0]);
  const ownFormats = exportFormatsOf(document.format);
  const [format, setFormat] = useState<ExportFormat>(ownFormats[0]);
  const [unapproved, setUnapproved] = useState<UnapprovedPolicy>('translation');
  const [furniture, setFurniture] = useState<ExportQuery['furniture']>('keep');
  const [overrideQa, setOverrideQa] = useState(false);
  const queryClient = useQueryClient();
  const run = useMutation({
    mutationFn: () => documentsApi.export(document.id, { lang, format, unapproved, furniture, overrideQa }),
    onSuccess: (file) => {
      saveFile(file.blob, file.fileName);
      onClose();
    },
    // Errors found since the dialog opened: show them, with the override.
    onError: (error) => {
      if (error instanceof ApiRequestError && error.code === 'QA_ERRORS') void queryClient.invalidateQueries({ queryKey: qaReportKey(document.id, lang) });
    },
  });
  const refusal = run.error instanceof ApiRequestError && run.error.status === 422 ? refusalSchema.safeParse(run.error.details) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    run.mutate();
  };

  return (
    <Dialog
      title={t('documents:export.title', { title: document.title })}
      onClose={onClose}
      testId="export-dialog"
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common:actions.cancel')}
          </button>
          <button type="submit" form="export-form" className="button button--primary" disabled={run.isPending}>
            {t('documents:export.submit')}
          </button>
        </>
      }
    >
      <form id="export-form" className="form" onSubmit={submit}>
        <div className="form__row">
          <Field label={t('documents:export.language')}>
            <select
              value={lang}
              onChange={(e) => {
                setLang(e.target.value as Language);
                setOverrideQa(false);
              }}
              name="lang"
            >
              {languages.map((l) => (
                <option key={l} value={l}>
                  {t(`common:language.${l}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('documents:export.format')}>
            <select value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)} name="format">
              {[...ownFormats, 'xliff12' as const, 'xliff20' as const].map((f) => (
                <option key={f} value={f}>
                  {t(`documents:format.${f}`)}
                </option>
              ))}
            </select>
          </Field>
        </div>
        {document.format === 'pdf' && (
          <p className="field__hint" data-testid="export-pdf-note">
            {t('documents:export.pdfNote')}
          </p>
        )}
        <fieldset className="fieldset">
          <legend className="field__label">{t('documents:export.unapproved')}</legend>
          {UNAPPROVED_POLICIES.map((policy) => (
            <label key={policy} className="check check--block">
              <input type="radio" name="unapproved" value={policy} checked={unapproved === policy} onChange={() => setUnapproved(policy)} />
              {t(`documents:export.policy.${policy}`)}
            </label>
          ))}
        </fieldset>
        <fieldset className="fieldset" data-testid="export-furniture">
          <legend className="field__label">{t('furniture:export.legend')}</legend>
          {(['keep', 'drop'] as const).map((choice) => (
            <label key={choice} className="check check--block">
              <input type="radio" name="furniture" value={choice} checked={furniture === choice} onChange={() => setFurniture(choice)} />
              {t(`furniture:export.${choice}`)}
            </label>
          ))}
        </fieldset>
        <ExportQaCheck key={lang} documentId={document.id} lang={lang} override={overrideQa} onOverride={setOverrideQa} />
      </form>
      {refusal?.success ? (
        <div className="refusal" role="alert" data-testid="export-refusal">
          <p>{t('documents:export.refused', { count: refusal.data.segments.length })}</p>
          <ol className="refusal__list">
            {refusal.data.segments.map((s) => {
              const status = translationStatusSchema.safeParse(s.status);
              return (
                <li key={s.segmentId} data-testid="unapproved-segment">
                  <span className="refusal__index">#{segmentNumber(s.index)}</span>
                  <span className="refusal__source">{s.source}</span>
                  <StatusBadge status={status.success ? status.data : null} />
                </li>
              );
            })}
          </ol>
        </div>
      ) : run.error instanceof ApiRequestError && run.error.code === 'QA_ERRORS' ? (
        <p className="error-message" role="alert" data-testid="export-error">
          {t('qa:export.overrideNeeded')}
        </p>
      ) : (
        <ErrorMessage error={run.error} testId="export-error" />
      )}
    </Dialog>
  );
}

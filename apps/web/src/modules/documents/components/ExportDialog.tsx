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
import { documentsApi, type DownloadedFile } from '../../../api/documents-api';
import { publishingApi } from '../../../api/publishing-api';
import { ExportQaCheck, qaReportKey } from '../../qa';
import { Dialog, ErrorMessage, Field, segmentNumber, StatusBadge } from '../../ui';
import { saveFile } from '../utils/save-file';
import { ExportPreviewWarning } from './ExportPreviewWarning';

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

/** What the publisher downloads: one edition, a parallel edition (source and editions side by side), or every edition in a ZIP. */
type ExportKind = 'edition' | 'parallel' | 'all';
const EXPORT_KINDS: ExportKind[] = ['edition', 'parallel', 'all'];

/**
 * Export: one edition (language, format), a parallel edition (one or two editions beside the source, as a
 * printable HTML page or a Word table) or all editions in one ZIP; and what to do with segments that are
 * not approved. With "use their current translation", it says first which rejected and unreviewed ones go out.
 */
export function ExportDialog({ document, languages, onClose }: ExportDialogProps) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<ExportKind>('edition');
  const [lang, setLang] = useState<Language>(languages[0]);
  const [parallelLangs, setParallelLangs] = useState<Language[]>(languages.slice(0, 2));
  const [parallelFormat, setParallelFormat] = useState<'html' | 'docx'>('html');
  const [allFormat, setAllFormat] = useState<ExportFormat | 'own'>('own');
  const ownFormats = exportFormatsOf(document.format);
  const [format, setFormat] = useState<ExportFormat>(ownFormats[0]);
  const [unapproved, setUnapproved] = useState<UnapprovedPolicy>('translation');
  const [furniture, setFurniture] = useState<ExportQuery['furniture']>('keep');
  const [overrideQa, setOverrideQa] = useState(false);
  const queryClient = useQueryClient();
  const policy: UnapprovedPolicy = kind === 'parallel' && unapproved === 'refuse' ? 'translation' : unapproved;
  const editions = kind === 'edition' ? [lang] : kind === 'parallel' ? parallelLangs : languages;
  const run = useMutation({
    mutationFn: (): Promise<DownloadedFile> => {
      if (kind === 'parallel')
        return publishingApi.parallel(document.id, {
          langs: parallelLangs,
          format: parallelFormat,
          unapproved: policy === 'source' ? 'source' : 'translation',
          overrideQa,
        });
      if (kind === 'all') return publishingApi.all(document.id, { format: allFormat === 'own' ? undefined : allFormat, unapproved, furniture, overrideQa });
      return documentsApi.export(document.id, { lang, format, unapproved, furniture, overrideQa });
    },
    onSuccess: (file) => {
      saveFile(file.blob, file.fileName);
      onClose();
    },
    // Errors found since the dialog opened: show them, with the override.
    onError: (error) => {
      if (error instanceof ApiRequestError && error.code === 'QA_ERRORS')
        for (const edition of editions) void queryClient.invalidateQueries({ queryKey: qaReportKey(document.id, edition) });
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
          <button type="submit" form="export-form" className="button button--primary" disabled={run.isPending || editions.length === 0}>
            {t('documents:export.submit')}
          </button>
        </>
      }
    >
      <form id="export-form" className="form" onSubmit={submit}>
        <Field label={t('publishing:kind.legend')}>
          <select value={kind} onChange={(e) => setKind(e.target.value as ExportKind)} name="kind" data-testid="export-kind">
            {EXPORT_KINDS.map((choice) => (
              <option key={choice} value={choice}>
                {t(`publishing:kind.${choice}`)}
              </option>
            ))}
          </select>
        </Field>
        {kind === 'edition' && (
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
        )}
        {kind === 'parallel' && (
          <>
            <fieldset className="fieldset" data-testid="parallel-editions">
              <legend className="field__label">{t('publishing:parallel.editions')}</legend>
              <div className="export-editions">
                {languages.map((l) => {
                  const checked = parallelLangs.includes(l);
                  return (
                    <label key={l} className="check">
                      <input
                        type="checkbox"
                        name="langs"
                        value={l}
                        checked={checked}
                        disabled={!checked && parallelLangs.length >= 2}
                        onChange={() =>
                          setParallelLangs(checked ? parallelLangs.filter((x) => x !== l) : languages.filter((x) => x === l || parallelLangs.includes(x)))
                        }
                      />
                      {t(`common:language.${l}`)}
                    </label>
                  );
                })}
              </div>
              <p className="field__hint">{t('publishing:parallel.hint')}</p>
            </fieldset>
            <Field label={t('documents:export.format')}>
              <select value={parallelFormat} onChange={(e) => setParallelFormat(e.target.value as 'html' | 'docx')} name="parallelFormat">
                <option value="html">{t('publishing:parallel.html')}</option>
                <option value="docx">{t('publishing:parallel.docx')}</option>
              </select>
            </Field>
          </>
        )}
        {kind === 'all' && (
          <Field label={t('documents:export.format')}>
            <select value={allFormat} onChange={(e) => setAllFormat(e.target.value as ExportFormat | 'own')} name="allFormat">
              <option value="own">{t('publishing:all.own')}</option>
              <option value="xliff12">{t('documents:format.xliff12')}</option>
              <option value="xliff20">{t('documents:format.xliff20')}</option>
            </select>
          </Field>
        )}
        {document.format === 'pdf' && kind === 'edition' && (
          <p className="field__hint" data-testid="export-pdf-note">
            {t('documents:export.pdfNote')}
          </p>
        )}
        <fieldset className="fieldset">
          <legend className="field__label">{t('documents:export.unapproved')}</legend>
          {UNAPPROVED_POLICIES.filter((p) => kind !== 'parallel' || p !== 'refuse').map((p) => (
            <label key={p} className="check check--block">
              <input type="radio" name="unapproved" value={p} checked={policy === p} onChange={() => setUnapproved(p)} />
              {t(`documents:export.policy.${p}`)}
            </label>
          ))}
        </fieldset>
        {policy === 'translation' &&
          editions.map((edition) => <ExportPreviewWarning key={edition} documentId={document.id} lang={edition} unapproved={policy} />)}
        {kind !== 'parallel' && (
          <fieldset className="fieldset" data-testid="export-furniture">
            <legend className="field__label">{t('furniture:export.legend')}</legend>
            {(['keep', 'drop'] as const).map((choice) => (
              <label key={choice} className="check check--block">
                <input type="radio" name="furniture" value={choice} checked={furniture === choice} onChange={() => setFurniture(choice)} />
                {t(`furniture:export.${choice}`)}
              </label>
            ))}
          </fieldset>
        )}
        {editions.map((edition) => (
          <ExportQaCheck key={edition} documentId={document.id} lang={edition} override={overrideQa} onOverride={setOverrideQa} />
        ))}
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

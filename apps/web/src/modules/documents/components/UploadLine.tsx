import { ERROR_CODES, languageMismatchDetailsSchema, MAX_UPLOAD_BYTES, type LanguageMismatchDetails } from '@interlinea/shared';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../../../api/api-request-error';
import { describeError } from '../../ui';
import type { UploadItem } from '../hooks/use-upload-queue';
import { filePosition } from '../utils/file-position';

const MB = 1024 * 1024;

/**
 * One file of an import: a progress bar while it is sent, then "N segments, M words" or why it was
 * refused; a text in another language than the project's source waits for "Import anyway".
 */
export function UploadLine({ item, onConfirmLanguage }: { item: UploadItem; onConfirmLanguage?: (key: string) => void }) {
  const { t, i18n } = useTranslation();
  const { state } = item;
  const megabytes = (bytes: number, digits: number) =>
    new Intl.NumberFormat(i18n.language, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(bytes / MB);
  return (
    <li className={`upload-line upload-line--${state.phase}`} data-testid="upload-line" data-phase={state.phase}>
      <span className="upload-line__name" title={item.name}>
        {item.name}
      </span>
      {state.phase === 'waiting' && <span className="muted">{t('documents:upload.waiting')}</span>}
      {state.phase === 'sending' && (
        <span className="upload-line__progress">
          <progress max={1} value={state.sent} aria-label={t('documents:upload.progress', { name: item.name })} data-testid="upload-progress" />
          <span className="muted">{state.sent < 1 ? `${Math.round(state.sent * 100)} %` : t('documents:upload.segmenting')}</span>
        </span>
      )}
      {state.phase === 'done' && (
        <span className="upload-line__result" role="status" data-testid="upload-result">
          {t('documents:upload.done', {
            title: state.result.title,
            segments: t('documents:segmentCount', { count: state.result.segmentCount }),
            words: t('documents:wordCount', { count: state.result.wordCount }),
          })}
          {state.result.importedTranslations ? ` ${t('documents:upload.importedTranslations', { count: state.result.importedTranslations })}.` : null}
          {state.result.statusesLowered ? ` ${t('documents:upload.statusesLowered', { count: state.result.statusesLowered })}` : null}
          {state.result.furnitureSegments ? ` ${t('furniture:upload.furniture', { count: state.result.furnitureSegments })}` : null}
          {state.result.skippedSourceCopies ? ` ${t('documents:upload.skippedSourceCopies', { count: state.result.skippedSourceCopies })}.` : null}
        </span>
      )}
      {state.phase === 'refused' && (
        <span className="upload-line__error" role="alert" data-testid="upload-error">
          {t('documents:upload.tooLarge', { size: megabytes(item.size, 1), limit: megabytes(MAX_UPLOAD_BYTES, 0) })}
        </span>
      )}
      {state.phase === 'failed' && <FailedUpload error={state.error} onConfirmLanguage={onConfirmLanguage && (() => onConfirmLanguage(item.key))} />}
    </li>
  );
}

function FailedUpload({ error, onConfirmLanguage }: { error: unknown; onConfirmLanguage?: () => void }) {
  const { t } = useTranslation();
  const mismatch =
    error instanceof ApiRequestError && error.code === ERROR_CODES.languageMismatch ? languageMismatchDetailsSchema.safeParse(error.details) : null;
  if (mismatch?.success) return <LanguageMismatch details={mismatch.data} onConfirm={onConfirmLanguage} />;
  const position = error instanceof ApiRequestError ? filePosition(error.details) : null;
  return (
    <span className="upload-line__error" role="alert" data-testid="upload-error">
      {describeError(t, error)}
      {position && <span className="upload-line__position"> ({t('documents:upload.position', position)})</span>}
    </span>
  );
}

/** The server's warning that the text is not in the project's source language, in the reader's language, with "Import anyway". */
function LanguageMismatch({ details, onConfirm }: { details: LanguageMismatchDetails; onConfirm?: () => void }) {
  const { t, i18n } = useTranslation();
  const names = new Intl.DisplayNames([i18n.language], { type: 'language' });
  const name = (code: string) => names.of(code) ?? code;
  return (
    <span className="upload-line__warning" role="alert" data-testid="language-mismatch">
      {t('furniture:upload.mismatch', { detected: name(details.detected), expected: name(details.expected), confidence: Math.round(details.confidence * 100) })}
      {onConfirm && (
        <button type="button" className="button button--small" onClick={onConfirm} data-testid="import-anyway">
          {t('furniture:upload.importAnyway')}
        </button>
      )}
    </span>
  );
}

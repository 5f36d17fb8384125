import { MAX_UPLOAD_BYTES } from '@interlinea/shared';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../../../api/api-request-error';
import { describeError } from '../../ui';
import type { UploadItem } from '../hooks/use-upload-queue';
import { filePosition } from '../utils/file-position';

const MB = 1024 * 1024;

/** One file of an import: a progress bar while it is sent, then "N segments, M words" or why it was refused. */
export function UploadLine({ item }: { item: UploadItem }) {
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
          {state.result.skippedSourceCopies ? ` ${t('documents:upload.skippedSourceCopies', { count: state.result.skippedSourceCopies })}.` : null}
        </span>
      )}
      {state.phase === 'refused' && (
        <span className="upload-line__error" role="alert" data-testid="upload-error">
          {t('documents:upload.tooLarge', { size: megabytes(item.size, 1), limit: megabytes(MAX_UPLOAD_BYTES, 0) })}
        </span>
      )}
      {state.phase === 'failed' && <FailedUpload error={state.error} />}
    </li>
  );
}

function FailedUpload({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const position = error instanceof ApiRequestError ? filePosition(error.details) : null;
  return (
    <span className="upload-line__error" role="alert" data-testid="upload-error">
      {describeError(t, error)}
      {position && <span className="upload-line__position"> ({t('documents:upload.position', position)})</span>}
    </span>
  );
}

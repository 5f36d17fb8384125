import { DOCUMENT_FORMATS, MAX_UPLOAD_BYTES } from '@interlinea/shared';
import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../ui';
import { useUploadDocument } from '../hooks/use-upload-document';

const ACCEPT = DOCUMENT_FORMATS.map((f) => `.${f}`).join(',');

/** File input and drag-and-drop zone; shows "N segments, M words" or the server's reason for refusing. */
export function UploadZone({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const upload = useUploadDocument(projectId);
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [localError, setLocalError] = useState<string | null>(null);

  const send = (file: File | undefined) => {
    if (!file) return;
    setLocalError(null);
    upload.reset();
    if (file.size > MAX_UPLOAD_BYTES) {
      setLocalError(t('documents:upload.tooLarge', { size: Math.round(MAX_UPLOAD_BYTES / 1024 / 1024) }));
      return;
    }
    upload.mutate(file);
    if (input.current) input.current.value = '';
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    send(event.dataTransfer.files[0]);
  };

  return (
    <section className="upload" aria-labelledby="upload-title">
      <h2 id="upload-title" className="section-title">
        {t('documents:upload.title')}
      </h2>
      <div
        className={dragging ? 'dropzone dropzone--active' : 'dropzone'}
        data-testid="upload-dropzone"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <p>{t('documents:upload.drop', { formats: ACCEPT.replaceAll(',', ', ') })}</p>
        <label className="button">
          {t('documents:upload.choose')}
          <input
            ref={input}
            type="file"
            accept={ACCEPT}
            className="visually-hidden"
            data-testid="upload-input"
            aria-label={t('documents:upload.choose')}
            onChange={(e) => send(e.target.files?.[0])}
          />
        </label>
        {upload.isPending && <p role="status">{t('documents:upload.sending')}</p>}
      </div>
      {upload.data && (
        <p className="notice notice--success" role="status" data-testid="upload-result">
          {t('documents:upload.done', {
            title: upload.data.title,
            segments: t('documents:segmentCount', { count: upload.data.segmentCount }),
            words: t('documents:wordCount', { count: upload.data.wordCount }),
          })}
        </p>
      )}
      {localError && (
        <p className="error-message" role="alert">
          {localError}
        </p>
      )}
      <ErrorMessage error={upload.error} testId="upload-error" />
    </section>
  );
}

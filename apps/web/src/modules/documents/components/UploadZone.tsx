import { useId, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FilePicker } from '../../ui';
import { useUploadQueue } from '../hooks/use-upload-queue';
import { IMPORT_EXTENSIONS } from '../utils/import-extensions';
import { UploadLine } from './UploadLine';

const ACCEPT = IMPORT_EXTENSIONS.join(',');

/**
 * Import: drop several files or pick them; each is sent on its own with a progress bar, and gets its
 * own line with "N segments, M words" or the server's reason for refusing it (with line and column).
 */
export function UploadZone({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const queue = useUploadQueue(projectId);
  const input = useRef<HTMLInputElement>(null);
  const optionId = useId();
  const [dragging, setDragging] = useState(false);
  const [mainContentOnly, setMainContentOnly] = useState(false);
  const [pickerKey, setPickerKey] = useState(0);

  const send = (files: FileList | null | undefined) => {
    if (!files || files.length === 0) return;
    queue.add([...files], { mainContentOnly });
    setPickerKey((k) => k + 1);
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    send(event.dataTransfer.files);
  };
  const finished = queue.items.some((i) => i.state.phase !== 'waiting' && i.state.phase !== 'sending');

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
        <p>{t('documents:upload.drop', { formats: IMPORT_EXTENSIONS.join(', ') })}</p>
        <FilePicker
          key={pickerKey}
          ref={input}
          multiple
          accept={ACCEPT}
          testId="upload-input"
          aria-label={t('documents:upload.choose')}
          buttonLabel={t('documents:upload.choose')}
          showChosen={false}
          onFiles={send}
        />
      </div>
      <div className="upload__options">
        <label className="check" htmlFor={optionId}>
          <input
            id={optionId}
            type="checkbox"
            checked={mainContentOnly}
            onChange={(e) => setMainContentOnly(e.target.checked)}
            data-testid="main-content-only"
          />
          {t('documents:upload.mainContentOnly')}
        </label>
      </div>
      {queue.items.length > 0 && (
        <>
          <ul className="upload-lines" aria-label={t('documents:upload.files')} data-testid="upload-lines">
            {queue.items.map((item) => (
              <UploadLine key={item.key} item={item} onConfirmLanguage={queue.confirmLanguage} />
            ))}
          </ul>
          {finished && !queue.busy && (
            <button type="button" className="button button--ghost button--small" onClick={queue.clearFinished}>
              {t('documents:upload.clear')}
            </button>
          )}
        </>
      )}
    </section>
  );
}

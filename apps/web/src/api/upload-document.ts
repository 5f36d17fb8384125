import { importResultSchema, type ImportResult } from '@interlinea/shared';
import { uploadForm, type UploadFormOptions } from './upload-form';

/** Options of one document import. */
export interface UploadOptions extends UploadFormOptions {
  /** HTML: keep only the main article (navigation, share buttons and the like are dropped). */
  mainContentOnly?: boolean;
  /** The server found the text in another language than the project's source: import it all the same. */
  confirmLanguage?: boolean;
}

/** `POST /api/projects/:id/documents` with one file, reporting upload progress. */
export function uploadDocument(projectId: string, file: File, options: UploadOptions = {}): Promise<ImportResult> {
  const form = new FormData();
  form.append('file', file);
  if (options.mainContentOnly) form.append('mainContentOnly', 'true');
  if (options.confirmLanguage) form.append('confirmLanguage', 'true');
  return uploadForm(`/api/projects/${encodeURIComponent(projectId)}/documents`, form, importResultSchema, options);
}

import { apiErrorSchema, CSRF_HEADER, importResultSchema, type ImportResult } from '@interlinea/shared';
import { ApiRequestError } from './api-request-error';
import { httpConfig } from './http-config';
import { readCsrfToken } from './read-csrf-token';

/** Options of one document import. */
export interface UploadOptions {
  /** HTML: keep only the main article (navigation, share buttons and the like are dropped). */
  mainContentOnly?: boolean;
  /** Share of the file sent so far, 0–1. */
  onProgress?: (sent: number) => void;
  signal?: AbortSignal;
}

function errorFrom(xhr: XMLHttpRequest): ApiRequestError {
  let payload: unknown = null;
  try {
    payload = JSON.parse(xhr.responseText);
  } catch {
    payload = null;
  }
  if (xhr.status === 401) httpConfig.onUnauthenticated?.();
  const parsed = apiErrorSchema.safeParse(payload);
  return parsed.success
    ? new ApiRequestError(xhr.status, parsed.data.code, parsed.data.message, parsed.data.details)
    : new ApiRequestError(xhr.status, 'HTTP_ERROR', xhr.statusText || `HTTP ${xhr.status}`, null);
}

/**
 * `POST /api/projects/:id/documents` with one file, through XMLHttpRequest because fetch cannot
 * report upload progress. Same rules as `http`: cookie session, CSRF header, `{code, message, details}` errors.
 */
export function uploadDocument(projectId: string, file: File, options: UploadOptions = {}): Promise<ImportResult> {
  const form = new FormData();
  form.append('file', file);
  if (options.mainContentOnly) form.append('mainContentOnly', 'true');
  return new Promise<ImportResult>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/projects/${encodeURIComponent(projectId)}/documents`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    if (httpConfig.language) xhr.setRequestHeader('Accept-Language', httpConfig.language);
    const token = readCsrfToken();
    if (token) xhr.setRequestHeader(CSRF_HEADER, token);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) options.onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      if (xhr.status < 200 || xhr.status >= 300) return reject(errorFrom(xhr));
      let payload: unknown = null;
      try {
        payload = JSON.parse(xhr.responseText);
      } catch {
        payload = null;
      }
      const parsed = importResultSchema.safeParse(payload);
      if (parsed.success) resolve(parsed.data);
      else reject(new ApiRequestError(xhr.status, 'BAD_RESPONSE', 'unexpected answer to the upload', parsed.error.issues));
    };
    xhr.onerror = () => reject(new ApiRequestError(0, 'NETWORK_ERROR', 'network error', null));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled', 'AbortError'));
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}

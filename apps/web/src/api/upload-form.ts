import { apiErrorSchema, CSRF_HEADER } from '@interlinea/shared';
import type { ZodType } from 'zod';
import { ApiRequestError } from './api-request-error';
import { httpConfig } from './http-config';
import { readCsrfToken } from './read-csrf-token';

/** Options of one multipart upload. */
export interface UploadFormOptions {
  /** Share of the body sent so far, 0–1. */
  onProgress?: (sent: number) => void;
  signal?: AbortSignal;
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * A multipart POST through XMLHttpRequest (fetch cannot report upload progress), with the same rules
 * as `http`: cookie session, CSRF header, `{code, message, details}` errors, answers checked by `schema`.
 */
export function uploadForm<T>(path: string, form: FormData, schema: ZodType<T>, options: UploadFormOptions = {}): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    if (httpConfig.language) xhr.setRequestHeader('Accept-Language', httpConfig.language);
    const token = readCsrfToken();
    if (token) xhr.setRequestHeader(CSRF_HEADER, token);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) options.onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      const payload = parse(xhr.responseText);
      if (xhr.status < 200 || xhr.status >= 300) {
        if (xhr.status === 401) httpConfig.onUnauthenticated?.();
        const error = apiErrorSchema.safeParse(payload);
        return reject(
          error.success
            ? new ApiRequestError(xhr.status, error.data.code, error.data.message, error.data.details)
            : new ApiRequestError(xhr.status, 'HTTP_ERROR', xhr.statusText || `HTTP ${xhr.status}`, null),
        );
      }
      const parsed = schema.safeParse(payload);
      if (parsed.success) resolve(parsed.data);
      else reject(new ApiRequestError(xhr.status, 'BAD_RESPONSE', `unexpected answer from ${path}`, parsed.error.issues));
    };
    xhr.onerror = () => reject(new ApiRequestError(0, 'NETWORK_ERROR', 'network error', null));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled', 'AbortError'));
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}

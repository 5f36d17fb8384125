import { apiErrorSchema, CSRF_HEADER } from '@interlinea/shared';
import type { ZodType } from 'zod';
import { ApiRequestError } from './api-request-error';
import { httpConfig } from './http-config';
import { readCsrfToken } from './read-csrf-token';
import { retryAfterSeconds } from './retry-after';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface RequestOptions {
  method?: Method;
  /** A JSON body (serialised here) or FormData (sent as multipart). */
  body?: unknown;
  signal?: AbortSignal;
}

function buildInit(options: RequestOptions): RequestInit {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (httpConfig.language) headers['Accept-Language'] = httpConfig.language;
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) {
    body = options.body;
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  if (method !== 'GET') {
    const token = readCsrfToken();
    if (token) headers[CSRF_HEADER] = token;
  }
  return { method, headers, body, credentials: 'same-origin', signal: options.signal };
}

async function toApiError(response: Response): Promise<ApiRequestError> {
  let payload: unknown = null;
  try {
    payload = await response.json();
  } catch {
    payload = null;
  }
  const parsed = apiErrorSchema.safeParse(payload);
  if (response.status === 401) httpConfig.onUnauthenticated?.();
  const retryAfter = retryAfterSeconds(response.headers.get('Retry-After'));
  return parsed.success
    ? new ApiRequestError(response.status, parsed.data.code, parsed.data.message, parsed.data.details, retryAfter)
    : new ApiRequestError(response.status, 'HTTP_ERROR', response.statusText || `HTTP ${response.status}`, null, retryAfter);
}

async function send(path: string, options: RequestOptions = {}): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, buildInit(options));
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiRequestError(0, 'NETWORK_ERROR', 'network error', null);
  }
  if (!response.ok) throw await toApiError(response);
  return response;
}

async function json<T>(path: string, schema: ZodType<T>, options: RequestOptions = {}): Promise<T> {
  const response = await send(path, options);
  const payload: unknown = await response.json();
  const parsed = schema.safeParse(payload);
  if (!parsed.success) {
    throw new ApiRequestError(response.status, 'BAD_RESPONSE', `unexpected answer from ${path}`, parsed.error.issues);
  }
  return parsed.data;
}

/**
 * The one way the web app talks to the API: same origin, cookie session, CSRF header on writes,
 * errors as `ApiRequestError`, answers validated against the contracts of `@interlinea/shared`.
 */
export const http = {
  /** Sends the request; resolves with the raw response when the status is 2xx. */
  send,
  /** Sends the request and parses the JSON answer with `schema`. */
  json,
  /** Sends the request and ignores the answer's body. */
  async void(path: string, options: RequestOptions = {}): Promise<void> {
    await send(path, options);
  },
};

import { CSRF_COOKIE } from '@interlinea/shared';
import { httpConfig } from './http-config';

/** The value to echo in `X-CSRF-Token`: the readable `interlinea_csrf` cookie, else the login's token. */
export function readCsrfToken(): string | null {
  const pair = document.cookie
    .split(';')
    .map((c) => c.trim())
    .find((c) => c.startsWith(`${CSRF_COOKIE}=`));
  return pair ? decodeURIComponent(pair.slice(CSRF_COOKIE.length + 1)) : httpConfig.csrfToken;
}

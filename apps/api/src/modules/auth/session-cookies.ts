import type { Response } from 'express';
import { CSRF_COOKIE, SESSION_COOKIE, type SessionResponse } from '@interlinea/shared';
import type { IssuedSession } from './auth.service';

/**
 * The session cookie is httpOnly and SameSite=Strict; the CSRF token is also sent as a readable
 * cookie so the web app can echo it in the `X-CSRF-Token` header of every mutation.
 */
export function setSessionCookies(res: Response, session: IssuedSession, secure: boolean): SessionResponse {
  const common = { sameSite: 'strict' as const, secure, path: '/', expires: session.expiresAt };
  res.cookie(SESSION_COOKIE, session.token, { ...common, httpOnly: true });
  res.cookie(CSRF_COOKIE, session.csrfToken, { ...common, httpOnly: false });
  return { user: session.user, csrfToken: session.csrfToken };
}

export function clearSessionCookies(res: Response): void {
  res.clearCookie(SESSION_COOKIE, { path: '/' });
  res.clearCookie(CSRF_COOKIE, { path: '/' });
}

/** Mutable settings of the HTTP layer: where a 401 leads, the CSRF token of the login, the UI language. */
export const httpConfig: {
  onUnauthenticated: (() => void) | null;
  /** Fallback when the `interlinea_csrf` cookie cannot be read (the login answer carries the token too). */
  csrfToken: string | null;
  /** The UI language, sent as Accept-Language so the API can word its messages for the reader. */
  language: string | null;
} = { onUnauthenticated: null, csrfToken: null, language: null };

/** Mutable hooks the app sets once: where a 401 leads, and the CSRF token from the last login. */
export const httpConfig: {
  onUnauthenticated: (() => void) | null;
  /** Fallback when the `interlinea_csrf` cookie cannot be read (the login answer carries the token too). */
  csrfToken: string | null;
} = { onUnauthenticated: null, csrfToken: null };

/** The in-app path to return to after sign-in; anything that could leave the site falls back to `/`. */
export function safeNextPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/login')) return '/';
  return next;
}

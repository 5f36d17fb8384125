import type { SessionWithUser } from './session.repository';

/** How long a session found valid is believed without reading it again. */
const BELIEVED_MS = 2_000;
const MAX_SESSIONS = 10_000;

/**
 * Sessions found valid a moment ago: an editor's burst of requests (take the lock, save, take the next
 * lock …) reads its session once, not once per request. This process forgets a session at once when
 * it logs out here or its person changes their profile here; a logout through another API process is
 * believed here within `BELIEVED_MS`.
 */
export class SessionCache {
  private readonly sessions = new Map<string, { session: SessionWithUser; until: number }>();

  get(sessionId: string): SessionWithUser | undefined {
    const found = this.sessions.get(sessionId);
    if (!found) return undefined;
    if (found.until > Date.now()) return found.session;
    this.sessions.delete(sessionId);
    return undefined;
  }

  remember(session: SessionWithUser): void {
    if (this.sessions.size >= MAX_SESSIONS) this.sessions.delete(this.sessions.keys().next().value!);
    this.sessions.set(session.sessionId, { session, until: Date.now() + BELIEVED_MS });
  }

  forget(sessionId: string): void {
    this.sessions.delete(sessionId);
  }

  forgetUser(userId: string): void {
    for (const [id, { session }] of this.sessions) if (session.userId === userId) this.sessions.delete(id);
  }
}

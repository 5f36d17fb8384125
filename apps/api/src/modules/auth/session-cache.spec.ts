import { SessionCache } from './session-cache';
import type { SessionWithUser } from './session.repository';

const session = (sessionId: string, userId: string): SessionWithUser => ({
  sessionId,
  csrfToken: `csrf-${sessionId}`,
  userId,
  email: `${userId}@example.org`,
  displayName: userId,
  isAdmin: false,
  uiLanguage: undefined,
});

describe('SessionCache', () => {
  afterEach(() => jest.useRealTimers());

  it('believes a session for two seconds, then asks again', () => {
    jest.useFakeTimers({ now: 1_000_000 });
    const cache = new SessionCache();
    cache.remember(session('s1', 'anna'));
    jest.setSystemTime(1_001_900);
    expect(cache.get('s1')?.userId).toBe('anna');
    jest.setSystemTime(1_002_001);
    expect(cache.get('s1')).toBeUndefined();
  });

  it('forgets a session logged out, and every session of a person whose profile changed', () => {
    const cache = new SessionCache();
    cache.remember(session('s1', 'anna'));
    cache.remember(session('s2', 'anna'));
    cache.remember(session('s3', 'boris'));
    cache.forget('s3');
    expect(cache.get('s3')).toBeUndefined();
    cache.forgetUser('anna');
    expect([cache.get('s1'), cache.get('s2')]).toEqual([undefined, undefined]);
  });
});

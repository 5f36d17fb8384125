import { segmentLockedDetailsSchema, type Language, type SoftLock } from '@interlinea/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiRequestError } from '../../../api/api-request-error';
import { liveApi } from '../../../api/live-api';
import { lockKey } from '../utils/lock-key';

/** While typing goes on, the lock is renewed this often (the server ends it after two idle minutes). */
const RENEW_MS = 30_000;

export interface SoftLockControl {
  /** Someone else holds the lock of the segment this person started typing in: ask before taking over. */
  contested: SoftLock | null;
  takeOver: () => void;
  /** Leaves them the lock; typing stays possible (a soft lock never stops a save). */
  leave: () => void;
}

interface SoftLockOptions {
  documentId: string;
  lang: Language;
  clientId: string;
  /** The active segment, and its unsaved text (typing changes it). */
  activeId: string | null;
  typed: string | undefined;
  canTranslate: boolean;
  locks: ReadonlyMap<string, SoftLock>;
}

/**
 * Typing in a segment takes its soft lock, so the others see who is there; leaving the segment
 * releases it. When someone else holds it, the person is asked once whether to take it over.
 */
export function useSoftLock({ documentId, lang, clientId, activeId, typed, canTranslate, locks }: SoftLockOptions): SoftLockControl {
  const held = useRef<{ segmentId: string; at: number } | null>(null);
  const declined = useRef(new Set<string>());
  const [contested, setContested] = useState<SoftLock | null>(null);
  const lastTyped = useRef<string | undefined>(undefined);

  const take = useCallback(
    (segmentId: string, force: boolean) => {
      held.current = { segmentId, at: Date.now() };
      liveApi.lock(segmentId, lang, clientId, force).catch((error: unknown) => {
        if (held.current?.segmentId === segmentId) held.current = null;
        const details = error instanceof ApiRequestError && error.status === 409 ? segmentLockedDetailsSchema.safeParse(error.details) : null;
        if (details?.success) setContested(details.data.lock);
      });
    },
    [lang, clientId],
  );

  // typing: take the lock (or renew it now and then)
  useEffect(() => {
    const changed = typed !== lastTyped.current;
    lastTyped.current = typed;
    if (!changed || !canTranslate || !activeId || typed === undefined) return;
    if (declined.current.has(activeId)) return;
    const current = held.current;
    if (current?.segmentId === activeId && Date.now() - current.at < RENEW_MS) return;
    const other = locks.get(lockKey(activeId, lang));
    if (other && other.clientId !== clientId && current?.segmentId !== activeId) {
      setContested(other);
      return;
    }
    take(activeId, false);
  }, [activeId, typed, canTranslate, lang, clientId, locks, take]);

  // leaving the segment releases its lock
  useEffect(() => {
    const current = held.current;
    if (current && current.segmentId !== activeId) {
      held.current = null;
      void liveApi.unlock(current.segmentId, lang, clientId).catch(() => undefined);
    }
    setContested((c) => (c && c.segmentId !== activeId ? null : c));
  }, [activeId, lang, clientId]);

  // someone took it over: this tab no longer holds it
  useEffect(() => {
    const current = held.current;
    const lock = current && locks.get(lockKey(current.segmentId, lang));
    if (current && lock && lock.clientId !== clientId && Date.now() - current.at > 1000) held.current = null;
  }, [locks, lang, clientId]);

  useEffect(
    () => () => {
      const current = held.current;
      if (current) void liveApi.unlock(current.segmentId, lang, clientId).catch(() => undefined);
    },
    [documentId, lang, clientId],
  );

  return {
    contested,
    takeOver: () => {
      if (!contested) return;
      setContested(null);
      take(contested.segmentId, true);
    },
    leave: () => {
      if (contested) declined.current.add(contested.segmentId);
      setContested(null);
    },
  };
}

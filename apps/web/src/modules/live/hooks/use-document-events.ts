import { documentEventSchema, type DocumentEvent, type PresenceEntry, type SoftLock } from '@interlinea/shared';
import { useEffect, useRef, useState } from 'react';
import { liveApi } from '../../../api/live-api';
import { lockKey } from '../utils/lock-key';

const EVENT_TYPES = ['hello', 'saved', 'comment', 'presence', 'lock', 'job'] as const;
/** Ids remembered to skip an event delivered twice (a resume replays a little before its id). */
const REMEMBERED = 2_000;

export interface DocumentEvents {
  /** True while the stream is open (false while the browser reconnects). */
  connected: boolean;
  present: PresenceEntry[];
  /** Soft locks by `segmentId:lang`. */
  locks: ReadonlyMap<string, SoftLock>;
}

/**
 * The document's event stream (`GET /api/documents/:id/events`) as the browser's EventSource reads it:
 * it reconnects by itself and sends `Last-Event-ID`, so nothing is missed; each event reaches
 * `onEvent` once. Keeps who is here and the locks.
 */
export function useDocumentEvents(documentId: string, clientId: string, onEvent: (event: DocumentEvent) => void): DocumentEvents {
  const [connected, setConnected] = useState(false);
  const [present, setPresent] = useState<PresenceEntry[]>([]);
  const [locks, setLocks] = useState<ReadonlyMap<string, SoftLock>>(new Map());
  const handler = useRef(onEvent);
  handler.current = onEvent;

  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource(liveApi.eventsUrl(documentId, clientId), { withCredentials: true });
    const seen = new Set<string>();
    const receive = (message: MessageEvent<string>) => {
      const parsed = documentEventSchema.safeParse(JSON.parse(message.data));
      if (!parsed.success) return;
      const event = parsed.data;
      if (event.type !== 'hello') {
        if (seen.has(event.id)) return;
        seen.add(event.id);
        if (seen.size > REMEMBERED) seen.delete(seen.values().next().value!);
      }
      if (event.type === 'hello') {
        setConnected(true);
        setPresent(event.present);
        setLocks(new Map(event.locks.map((l) => [lockKey(l.segmentId, l.language), l])));
      } else if (event.type === 'presence') {
        setPresent(event.present);
      } else if (event.type === 'lock') {
        setLocks((current) => {
          const next = new Map(current);
          if (event.lock) next.set(lockKey(event.segmentId, event.language), event.lock);
          else next.delete(lockKey(event.segmentId, event.language));
          return next;
        });
      }
      handler.current(event);
    };
    for (const type of EVENT_TYPES) source.addEventListener(type, receive as EventListener);
    source.onerror = () => setConnected(false);
    return () => source.close();
  }, [documentId, clientId]);

  return { connected, present, locks };
}

import { jobStatusSchema, type JobStatus } from '@interlinea/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiRequestError } from '../../../api/api-request-error';
import { jobsApi } from '../../../api/jobs-api';
import { isFinal } from '../utils/job-state';

const POLL_MS = 1500;

export interface JobProgress {
  status: JobStatus | null;
  /** The job is unknown to the server (deleted, or another database). */
  missing: boolean;
  /** How updates arrive: server-sent events, or polling after the event stream broke. */
  via: 'events' | 'polling';
  /** Puts a status the server answered to an action (cancel, resume) in place, and listens again. */
  apply: (status: JobStatus) => void;
}

/**
 * Live status of a job: server-sent events (`/api/jobs/:id/events`) while they flow; when the stream
 * breaks (the API restarted, a proxy cut it) it falls back to polling `GET /api/jobs/:id` until the
 * job ends, riding out a server that is down for a while.
 */
export function useJobProgress(jobId: string): JobProgress {
  const [status, setStatus] = useState<JobStatus | null>(null);
  const [missing, setMissing] = useState(false);
  const [via, setVia] = useState<'events' | 'polling'>(typeof EventSource === 'undefined' ? 'polling' : 'events');
  const [round, setRound] = useState(0);
  const finalRef = useRef(false);

  const take = useCallback((next: JobStatus) => {
    finalRef.current = isFinal(next.state);
    setStatus(next);
  }, []);

  // One status straight away, so the bar shows numbers before the first event.
  useEffect(() => {
    const controller = new AbortController();
    jobsApi.status(jobId, controller.signal).then(take, (error: unknown) => {
      if (error instanceof ApiRequestError && error.status === 404) setMissing(true);
    });
    return () => controller.abort();
  }, [jobId, take, round]);

  useEffect(() => {
    if (via !== 'events' || finalRef.current) return;
    const source = new EventSource(jobsApi.eventsUrl(jobId), { withCredentials: true });
    source.onmessage = (event: MessageEvent<string>) => {
      let payload: unknown = null;
      try {
        payload = JSON.parse(event.data);
      } catch {
        return;
      }
      const parsed = jobStatusSchema.safeParse(payload);
      if (!parsed.success) return;
      take(parsed.data);
      if (isFinal(parsed.data.state)) source.close();
    };
    source.onerror = () => {
      source.close();
      if (!finalRef.current) setVia('polling');
    };
    return () => source.close();
  }, [jobId, via, take, round]);

  useEffect(() => {
    if (via !== 'polling') return;
    let controller: AbortController | null = null;
    const timer = setInterval(() => {
      if (finalRef.current) return clearInterval(timer);
      controller?.abort();
      controller = new AbortController();
      jobsApi.status(jobId, controller.signal).then(take, (error: unknown) => {
        if (error instanceof ApiRequestError && error.status === 404) {
          setMissing(true);
          clearInterval(timer);
        }
        // anything else (server down, network): try again at the next tick
      });
    }, POLL_MS);
    return () => {
      clearInterval(timer);
      controller?.abort();
    };
  }, [jobId, via, take, round]);

  const apply = useCallback(
    (next: JobStatus) => {
      take(next);
      if (!isFinal(next.state)) {
        setVia(typeof EventSource === 'undefined' ? 'polling' : 'events');
        setRound((n) => n + 1);
      }
    },
    [take],
  );

  return { status, missing, via, apply };
}

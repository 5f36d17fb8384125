import { retryAfterSeconds } from '../../../api/retry-after';

type Listener = () => void;

/** Whether saves can reach the server: `offline` (no network), `unavailable` (the server said 503). */
export type ConnectionStatus = 'online' | 'offline' | 'unavailable';

export interface ConnectionState {
  status: ConnectionStatus;
  /** When the next try is due (ms since the epoch), while not online. */
  retryAt: number | null;
}

const FIRST_DELAY_MS = 1_000;
const LONGEST_DELAY_MS = 30_000;
const HEALTH_PATH = '/api/health';

/**
 * The page's view of its connection to the API. Goes `offline` when the browser says so or a request
 * fails on the network, `unavailable` on a 503 with `Retry-After`; then asks `/api/health` again
 * (after the Retry-After delay, else with a growing delay up to 30 s, and at once on the browser's
 * `online` event) until it answers, and tells its listeners it is `online` again.
 */
export class Connection {
  private current: ConnectionState;
  private readonly listeners = new Set<Listener>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private delay = FIRST_DELAY_MS;
  private probing = false;

  constructor(
    private readonly probe: () => Promise<Response> = () => fetch(HEALTH_PATH, { cache: 'no-store', credentials: 'same-origin' }),
    target: Pick<Window, 'addEventListener'> | null = typeof window === 'undefined' ? null : window,
  ) {
    const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
    this.current = { status: offline ? 'offline' : 'online', retryAt: null };
    target?.addEventListener('offline', () => this.lost('offline', null));
    target?.addEventListener('online', () => void this.check());
    if (offline) this.schedule(this.delay);
  }

  get state(): ConnectionState {
    return this.current;
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** A request failed on the network. */
  reportNetworkFailure(): void {
    this.lost('offline', null);
  }

  /** The server answered 503: come back after `retryAfter` seconds (or the usual delay). */
  reportUnavailable(retryAfter: number | null): void {
    this.lost('unavailable', retryAfter);
  }

  /** A request went through. */
  reportReachable(): void {
    this.delay = FIRST_DELAY_MS;
    this.clearTimer();
    this.set({ status: 'online', retryAt: null });
  }

  /** Asks `/api/health` now. */
  async check(): Promise<void> {
    if (this.probing) return;
    this.probing = true;
    this.clearTimer();
    try {
      const response = await this.probe();
      if (response.ok) this.reportReachable();
      else if (response.status === 503) this.lost('unavailable', retryAfterSeconds(response.headers.get('Retry-After')));
      // Any other answer (a proxy's error page, a 5xx) means the server is there: let the saves find out.
      else this.reportReachable();
    } catch {
      this.lost('offline', null);
    } finally {
      this.probing = false;
    }
  }

  dispose(): void {
    this.clearTimer();
    this.listeners.clear();
  }

  private lost(status: Exclude<ConnectionStatus, 'online'>, retryAfter: number | null): void {
    const wait = retryAfter !== null ? retryAfter * 1000 : this.delay;
    if (retryAfter === null) this.delay = Math.min(this.delay * 2, LONGEST_DELAY_MS);
    this.schedule(wait);
    this.set({ status, retryAt: Date.now() + wait });
  }

  private schedule(wait: number): void {
    this.clearTimer();
    this.timer = setTimeout(() => void this.check(), wait);
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private set(next: ConnectionState): void {
    if (next.status === this.current.status && next.retryAt === this.current.retryAt) return;
    this.current = next;
    this.listeners.forEach((l) => l());
  }
}

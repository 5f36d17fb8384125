import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { CookieAccessInfo } from 'cookiejar';
import type { DocumentEvent } from '@interlinea/shared';
import type { TestApp } from './test-app';
import type { TestBrowser } from './test-browser';

/** One received server-sent event: its `id:`, `event:` and parsed `data:`. */
export interface ReceivedEvent {
  id: string | undefined;
  type: string;
  data: DocumentEvent;
}

/** A client of `text/event-stream`, as a browser's EventSource would be: reads events as they come. */
export class EventStreamClient {
  readonly events: ReceivedEvent[] = [];
  comments = 0;
  private waiters: Array<() => void> = [];
  private buffer = '';

  private constructor(
    private readonly request: http.ClientRequest,
    readonly status: number,
    readonly contentType: string | undefined,
  ) {}

  /** Opens the stream at `path` on the (listening) app with the browser's session cookie. */
  static open(t: TestApp, browser: TestBrowser, path: string, headers: Record<string, string> = {}): Promise<EventStreamClient> {
    const { port } = t.app.getHttpServer().address() as AddressInfo;
    const cookie = (browser.agent as unknown as { jar: { getCookies(info: CookieAccessInfo): { toValueString(): string }[] } }).jar
      .getCookies(CookieAccessInfo.All)
      .map((c) => c.toValueString())
      .join('; ');
    return new Promise((resolve, reject) => {
      const request = http.get({ host: '127.0.0.1', port, path, headers: { cookie, accept: 'text/event-stream', ...headers } }, (res) => {
        const client = new EventStreamClient(request, res.statusCode ?? 0, res.headers['content-type']);
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => client.read(chunk));
        res.on('error', () => undefined);
        resolve(client);
      });
      request.on('error', (error) => ((error as NodeJS.ErrnoException).code === 'ECONNRESET' ? undefined : reject(error)));
    });
  }

  /** Waits for an event matching `accept` (already received or to come). */
  async next(accept: (event: ReceivedEvent) => boolean, timeoutMs = 5000): Promise<ReceivedEvent> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.events.find(accept);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no such event within ${timeoutMs} ms; got: ${this.events.map((e) => `${e.id}:${e.type}`).join(', ')}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  close(): void {
    this.request.destroy();
  }

  private read(chunk: string): void {
    this.buffer += chunk;
    let end: number;
    while ((end = this.buffer.indexOf('\n\n')) >= 0) {
      const block = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      const fields: Record<string, string> = {};
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) this.comments++;
        const colon = line.indexOf(':');
        if (colon > 0) fields[line.slice(0, colon)] = line.slice(colon + 1).trimStart();
      }
      if (fields.data) this.events.push({ id: fields.id, type: fields.event ?? 'message', data: JSON.parse(fields.data) as DocumentEvent });
    }
    for (const wake of this.waiters.splice(0)) wake();
  }
}

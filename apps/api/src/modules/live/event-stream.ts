import type { Response } from 'express';
import type { DocumentEvent } from '@interlinea/shared';

/** How many delivered ids a stream remembers, to skip an event it already sent (replays overlap a little). */
const REMEMBERED_IDS = 2_000;

/** One open `text/event-stream` answer: writes events with their `id:`, skips duplicates, sends keep-alive comments. */
export class EventStream {
  private readonly sent = new Set<string>();
  private last = 0n;
  private closed = false;

  constructor(private readonly res: Response) {
    res.status(200);
    res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache, no-transform');
    res.setHeader('Connection', 'keep-alive');
    // nginx: do not buffer this answer
    res.setHeader('X-Accel-Buffering', 'no');
    res.flushHeaders();
    res.write('retry: 2000\n\n');
  }

  /** The highest event id sent so far ('0' before any). */
  get lastId(): string {
    return this.last.toString();
  }

  send(events: DocumentEvent[]): void {
    for (const event of events) {
      if (this.closed || this.sent.has(event.id)) continue;
      this.remember(event.id);
      this.write(event.type, event.id, event);
    }
  }

  /** An event that is not part of the sequence (the greeting): `id:` is the position the client resumes from. */
  sendUnsequenced(type: string, resumeId: string, data: object): void {
    if (!this.closed) this.write(type, resumeId, data);
  }

  keepAlive(): void {
    if (!this.closed) this.res.write(': keep-alive\n\n');
  }

  close(): void {
    this.closed = true;
  }

  /** Ends the answer (the server stops): the client reconnects, to this process or another. */
  end(): void {
    this.closed = true;
    this.res.end();
  }

  private remember(id: string): void {
    this.sent.add(id);
    if (this.sent.size > REMEMBERED_IDS) this.sent.delete(this.sent.values().next().value!);
    const n = BigInt(id);
    if (n > this.last) this.last = n;
  }

  private write(type: string, id: string, data: object): void {
    this.res.write(`id: ${id}\nevent: ${type}\ndata: ${JSON.stringify(data)}\n\n`);
  }
}

import type { Response } from 'express';
import type { DocumentEvent } from '@interlinea/shared';

/** How many delivered ids a stream remembers, to skip an event it already sent (replays overlap a little). */
const REMEMBERED_IDS = 2_000;

/**
 * An event as the streams write it (`id:`, `event:`, `data:`), serialised once however many streams
 * carry it: the same event object goes to every stream of its document.
 */
const frames = new WeakMap<DocumentEvent, string>();

function encoded(event: DocumentEvent): string {
  let frame = frames.get(event);
  if (frame === undefined) {
    frame = encode(event.type, event.id, event);
    frames.set(event, frame);
  }
  return frame;
}

function encode(type: string, id: string, data: object): string {
  return `id: ${id}\nevent: ${type}\ndata: ${JSON.stringify(data)}\n\n`;
}

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

  /** Writes the events not sent yet, all in one write (one packet to the client, not one per event). */
  send(events: DocumentEvent[]): void {
    if (this.closed) return;
    let text = '';
    for (const event of events) {
      if (this.sent.has(event.id)) continue;
      this.remember(event.id);
      text += encoded(event);
    }
    if (text) this.res.write(text);
  }

  /** An event that is not part of the sequence (the greeting): `id:` is the position the client resumes from. */
  sendUnsequenced(type: string, resumeId: string, data: object): void {
    if (!this.closed) this.res.write(encode(type, resumeId, data));
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
}

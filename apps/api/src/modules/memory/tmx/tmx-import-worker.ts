import { createReadStream } from 'node:fs';
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { TmxError, readTmx, type ImportSink, type Reservation } from '@interlinea/tm';
import type { FromReader, SentError, TmxReadingTask, ToReader } from './tmx-import-messages';

/** Chunks of the word index sent and not yet taken by PostgreSQL's COPY. */
const CHUNKS_WAITING = 4;

/** Bytes read from the file at a time (this thread answers nothing else meanwhile). */
const READ_CHUNK = 256 * 1024;

/**
 * The reading thread of a TMX import (see `importTmxFile`): parses the file and encodes its rows
 * (`readTmx`), which the main thread writes to PostgreSQL. Rows move between the threads without
 * copying; one message at most waits to be taken, so memory stays flat.
 */
class ThreadSink implements ImportSink {
  private readonly answers: ((reservation: Reservation) => void)[] = [];
  private waiting = 0;
  private room: (() => void) | null = null;
  private chunksWaiting = 0;
  private chunkRoom: (() => void) | null = null;

  constructor(private readonly port: MessagePort) {
    port.on('message', (message: ToReader) => {
      if (message.kind === 'ids') {
        this.answers.shift()?.(message.reservation);
      } else if (message.kind === 'chunk-taken') {
        this.chunksWaiting--;
        this.chunkRoom?.();
        this.chunkRoom = null;
      } else {
        this.waiting--;
        this.room?.();
        this.room = null;
      }
    });
  }

  reserve(units: number, variants: number): Promise<Reservation> {
    return new Promise((resolve) => {
      this.answers.push(resolve);
      this.send({ kind: 'reserve', units, variants });
    });
  }

  async batch(units: Buffer, variants: Buffer): Promise<void> {
    const [u, v] = [movable(units), movable(variants)];
    this.send({ kind: 'batch', units: u.bytes, variants: v.bytes }, [...u.transfer, ...v.transfer]);
    await this.taken();
  }

  /** Chunks of about 1 MB, a few at a time: the index rows are sorted as they are sent. */
  async postings(chunks: Iterable<Buffer>): Promise<void> {
    this.send({ kind: 'postings' });
    for (const chunk of chunks) {
      const c = movable(chunk);
      this.send({ kind: 'postings-chunk', bytes: c.bytes }, c.transfer);
      this.chunksWaiting++;
      while (this.chunksWaiting > CHUNKS_WAITING) await new Promise<void>((resolve) => (this.chunkRoom = resolve));
    }
    this.send({ kind: 'postings-end' });
    await this.taken();
  }

  async frequencies(rows: Buffer): Promise<void> {
    const r = movable(rows);
    this.send({ kind: 'frequencies', rows: r.bytes }, r.transfer);
    await this.taken();
  }

  send(message: FromReader, transfer: ArrayBuffer[] = []): void {
    this.port.postMessage(message, transfer);
  }

  private async taken(): Promise<void> {
    this.waiting++;
    while (this.waiting > 1) await new Promise<void>((resolve) => (this.room = resolve));
  }
}

/** Bytes on an ArrayBuffer of their own (64 kB and more: never Node's shared pool) move to the other thread; smaller ones are copied. */
function movable(bytes: Buffer): { bytes: Uint8Array; transfer: ArrayBuffer[] } {
  const buffer = bytes.buffer as ArrayBuffer;
  if (buffer.byteLength < 1 << 16) return { bytes: new Uint8Array(bytes), transfer: [] };
  return { bytes: new Uint8Array(buffer, bytes.byteOffset, bytes.byteLength), transfer: [buffer] };
}

function sent(error: unknown): SentError {
  if (error instanceof TmxError) return { name: 'TmxError', message: error.reason, line: error.line, column: error.column };
  if (error instanceof Error) return { name: error.name, message: error.message, code: (error as { code?: string }).code };
  return { name: 'Error', message: String(error) };
}

async function read(port: MessagePort, task: TmxReadingTask): Promise<void> {
  const sink = new ThreadSink(port);
  try {
    const result = await readTmx(createReadStream(task.file, { highWaterMark: READ_CHUNK }), task.destination, sink, task.limits, (bytes) =>
      sink.send({ kind: 'read', bytes }),
    );
    sink.send({ kind: 'done', result });
  } catch (error) {
    sink.send({ kind: 'failed', error: sent(error) });
  } finally {
    port.unref(); // nothing more to wait for: the thread ends
  }
}

if (parentPort) void read(parentPort, workerData as TmxReadingTask);

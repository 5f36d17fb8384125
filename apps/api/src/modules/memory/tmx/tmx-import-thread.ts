import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import type { TmxImportResult } from '@interlinea/shared';
import { IMPORT_LIMITS, TmxError, type ImportLimits, type TmxDestination } from '@interlinea/tm';
import type { EntityManager } from 'typeorm';
import { startWorker } from '../../../common/threads/start-worker';
import { ImportQueue } from './import-queue';
import type { MemoryImportRepository } from './memory-import.repository';
import type { FromReader, SentError, TmxReadingTask, ToReader } from './tmx-import-messages';

/** The reading thread's heap: parsing needs little; a runaway file fails its import, not the API. */
const READER_HEAP_MB = 256;

/**
 * Imports a TMX file through the caller's transaction: a worker thread reads and encodes it
 * (`tmx-import-worker`), this thread writes the rows to PostgreSQL as they come. Both work at once,
 * and the API's event loop stays free for other users. `onRead` hears how many bytes of the file
 * are read. A broken file rejects with the reader's `TmxError` (line, column) once the statement
 * under way has ended; the caller rolls back.
 */
export function importTmxFile(
  file: string,
  destination: TmxDestination,
  store: MemoryImportRepository,
  manager: EntityManager,
  options: { limits?: ImportLimits; onRead?: (bytes: number) => void } = {},
): Promise<TmxImportResult> {
  const limits = options.limits ?? IMPORT_LIMITS;
  const queue = new ImportQueue(store, manager, limits.queued);
  const task: TmxReadingTask = { file, destination, limits };
  const reader = startWorker(path.join(__dirname, 'tmx-import-worker'), { workerData: task, resourceLimits: { maxOldGenerationSizeMb: READER_HEAP_MB } });
  return new Promise((resolve, reject) => {
    let read: TmxImportResult | null = null;
    let ended = false;
    let postings: PassThrough | null = null;
    const end = (error: unknown) => {
      if (ended) return;
      ended = true;
      if (!error && read) return resolve(read);
      void reader.terminate();
      void queue.abandon().then(() => reject(error));
    };
    const tell = (message: ToReader) => {
      if (!ended) reader.postMessage(message);
    };
    const taken = (written: Promise<void>) => written.then(() => tell({ kind: 'taken' }), end);
    reader.on('message', (message: FromReader) => {
      switch (message.kind) {
        case 'reserve':
          queue.reserve(message.units, message.variants).then((reservation) => tell({ kind: 'ids', reservation }), end);
          break;
        case 'batch':
          taken(queue.batch(bytes(message.units), bytes(message.variants)));
          break;
        case 'postings':
          postings = new PassThrough({ highWaterMark: 4 << 20 });
          postings.on('error', () => undefined); // a failed COPY ends the import; its error comes through the queue
          taken(queue.postings(postings));
          break;
        case 'postings-chunk':
          // taken once COPY has read it (the stream drains): the reader sends a few chunks ahead
          if (!postings || postings.destroyed) break;
          if (postings.write(bytes(message.bytes))) tell({ kind: 'chunk-taken' });
          else postings.once('drain', () => tell({ kind: 'chunk-taken' }));
          break;
        case 'postings-end':
          postings?.end();
          break;
        case 'frequencies':
          taken(queue.frequencies(bytes(message.rows)));
          break;
        case 'read':
          options.onRead?.(message.bytes);
          break;
        case 'done':
          read = message.result;
          queue.finish().then(() => end(null), end);
          break;
        case 'failed':
          end(received(message.error));
          break;
      }
    });
    reader.on('error', end);
    reader.on('exit', (code) => {
      if (!read) end(new Error(`the TMX reader stopped before the end of the file (exit code ${code})`));
    });
  });
}

const bytes = (view: Uint8Array) => Buffer.from(view.buffer, view.byteOffset, view.byteLength);

/** The reader's error as the API's error mapping knows it. */
function received(error: SentError): Error {
  if (error.name === 'TmxError') return new TmxError(error.message, error.line ?? 0, error.column ?? 0);
  const made =
    error.name === 'TypeError' ? new TypeError(error.message) : error.name === 'RangeError' ? new RangeError(error.message) : new Error(error.message);
  if (error.code) Object.assign(made, { code: error.code });
  return made;
}

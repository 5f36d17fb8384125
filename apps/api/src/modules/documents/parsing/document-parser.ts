import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { FormatError, type FormatErrorCode, type ParseOptions } from '@interlinea/formats';
import type { Language } from '@interlinea/shared';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import type { ParseReply, ParseRequest, ReadDocument } from './parse-messages';
import { readDocument } from './parse-worker';

/** The compiled worker beside this file (absent when the API runs from its TypeScript sources, as in the tests). */
const WORKER_FILE = path.join(__dirname, 'parse-worker.js');

interface Job {
  request: ParseRequest;
  resolve: (read: ReadDocument) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  /** The worker has loaded the parsers and takes files. */
  ready: boolean;
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

/**
 * Parses uploaded documents off the main thread: a pool of worker threads (PARSE_WORKERS), each with a
 * heap limit (PARSE_MEMORY_MB) and a time limit per file (PARSE_TIMEOUT_MS). A file that exhausts
 * either is refused with the reason (`FILE_TOO_COMPLEX`, `PARSE_TIMEOUT`) and its worker replaced, while
 * every other request keeps being served: the event loop never waits for a parser.
 */
@Injectable()
export class DocumentParser implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('DocumentParser');
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;
  readonly inWorkers = fs.existsSync(WORKER_FILE);

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** The workers start with the server, so the first upload does not wait for the parsers to load. */
  onModuleInit(): void {
    if (!this.inWorkers) return;
    while (this.slots.length < this.config.parsing.workers) this.spawn();
  }

  /** The upload parsed (and cut into segments of `segmentIn`, when given). */
  read(bytes: Uint8Array, fileName: string, options: ParseOptions, segmentIn?: Language): Promise<ReadDocument> {
    if (!this.inWorkers) return Promise.resolve().then(() => readDocument({ bytes, fileName, options, segmentIn }));
    return new Promise((resolve, reject) => {
      // a copy of just these bytes (an upload's buffer can be a view of a larger pool), handed over without another copy
      this.queue.push({ request: { id: this.nextId++, bytes: bytes.slice(), fileName, options, segmentIn }, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.slots.length < this.config.parsing.workers && !this.closed) this.spawn();
    while (this.queue.length > 0 && !this.closed) {
      const slot = this.slots.find((s) => s.ready && s.job === null);
      if (!slot) return;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.timer = setTimeout(
        () => this.fail(slot!, 'PARSE_TIMEOUT', `reading the file took longer than ${this.config.parsing.timeoutMs / 1000} s`),
        this.config.parsing.timeoutMs,
      );
      slot.worker.postMessage(job.request, [job.request.bytes.buffer as ArrayBuffer]);
    }
  }

  private spawn(): Slot {
    const worker = new Worker(WORKER_FILE, {
      resourceLimits: { maxOldGenerationSizeMb: this.config.parsing.memoryMb, maxYoungGenerationSizeMb: 64, stackSizeMb: 8 },
    });
    const slot: Slot = { worker, ready: false, job: null, timer: null };
    worker.unref();
    worker.on('message', (reply: ParseReply) => {
      if ('ready' in reply) {
        slot.ready = true;
        this.dispatch();
      } else this.settle(slot, reply);
    });
    worker.on('error', (error: Error & { code?: string }) =>
      this.fail(
        slot,
        error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'FILE_TOO_COMPLEX' : 'PARSER_FAILED',
        error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `reading it needs more than ${this.config.parsing.memoryMb} MB of memory` : error.message,
      ),
    );
    worker.on('exit', () => {
      if (slot.job) this.fail(slot, 'PARSER_FAILED', 'the parser stopped');
      this.remove(slot);
    });
    this.slots.push(slot);
    return slot;
  }

  private settle(slot: Slot, reply: Exclude<ParseReply, { ready: true }>): void {
    const job = slot.job;
    if (!job || job.request.id !== reply.id) return;
    this.release(slot);
    if ('read' in reply) job.resolve(reply.read);
    else if ('formatError' in reply)
      job.reject(new FormatError(reply.formatError.code as FormatErrorCode, reply.formatError.message, reply.formatError.position));
    else job.reject(new Error(reply.failure));
    this.dispatch();
  }

  /** The job's file is refused with `code`; the worker, whatever state it is in, is replaced. */
  private fail(slot: Slot, code: string, reason: string): void {
    const job = slot.job;
    this.release(slot);
    this.remove(slot);
    void slot.worker.terminate();
    if (job) {
      this.logger.warn(`${job.request.fileName}: ${reason}`);
      const error =
        code === 'PARSER_FAILED'
          ? new Error(`parsing ${job.request.fileName} failed: ${reason}`)
          : new FormatError(code as FormatErrorCode, `The file cannot be read: ${reason}. Split it into smaller files and upload them one by one.`);
      job.reject(error);
    }
    this.dispatch();
  }

  private release(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
  }

  private remove(slot: Slot): void {
    const at = this.slots.indexOf(slot);
    if (at >= 0) this.slots.splice(at, 1);
  }

  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.splice(0).map((s) => s.worker.terminate()));
  }
}

import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { MemoryCompactionRepository } from './memory-compaction.repository';

/** Word ids per step: a step is one short transaction. */
const STEP_TOKENS = 5000;

export interface CompactionResult {
  tokens: number;
  countRows: number;
  postingRows: number;
  mergedRows: number;
}

/**
 * Keeps the memory's index compact as it grows. Every save and import appends: rows of word counts
 * (`tm_token`) and index rows holding the variant ids of that write. A memory grown by thousands
 * of single confirmations would end with thousands of count rows for a common word and index rows
 * of one id each, and lookups would slow down. Compaction folds them: after each TMX import, and
 * every TM_COMPACTION_SECONDS. One instance at a time compacts (an advisory lock); requests made
 * while it runs make it run once more.
 */
@Injectable()
export class MemoryCompaction implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('MemoryCompaction');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<CompactionResult> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    private readonly repository: MemoryCompactionRepository,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'memoryCompactionSeconds'>,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.memoryCompactionSeconds <= 0) return;
    this.timer = setInterval(() => this.request(), this.config.memoryCompactionSeconds * 1000);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    clearInterval(this.timer);
  }

  /** Compacts soon, in the background (errors are logged: the next request tries again). */
  request(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.compact().catch((error: Error) => this.logger.error(`compaction failed: ${error.message}`, error.stack));
  }

  /** Compacts now, step after step, until no word id has more than one count row. */
  async compact(): Promise<CompactionResult> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.run();
    try {
      return await this.running;
    } finally {
      this.running = null;
      if (this.again && !this.stopped) {
        this.again = false;
        this.request();
      }
    }
  }

  private async run(): Promise<CompactionResult> {
    const total: CompactionResult = { tokens: 0, countRows: 0, postingRows: 0, mergedRows: 0 };
    let after: number | null = null;
    while (!this.stopped) {
      const step = await this.repository.step(after, STEP_TOKENS);
      if (step.tokens === 0) break;
      total.tokens += step.tokens;
      total.countRows += step.countRows;
      total.postingRows += step.postingRows;
      total.mergedRows += step.mergedRows;
      after = step.lastToken;
    }
    if (total.tokens > 0)
      this.logger.log(`compacted ${total.tokens} word ids: ${total.countRows} count rows and ${total.postingRows} index rows folded into ${total.mergedRows}`);
    return total;
  }
}

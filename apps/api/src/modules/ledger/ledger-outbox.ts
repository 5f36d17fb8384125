import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { LedgerFollower, TranslationEvent } from './ledger-event';
import { OutboxRepository } from './outbox.repository';

const BATCH = 200;
/**
 * After a change, the followers start this much later, and at most this often: under a stream of saves,
 * a segment saved several times is followed once per round (its unit rebuilt once), and the followers
 * take a share of the CPU instead of all of it. Reads that need the result do not wait for the round:
 * `settled` starts it at once.
 */
const FOLLOW_DELAY_MS = 15;
const FOLLOW_INTERVAL_MS = 250;
const SWEEP_MS = 5_000;
const SETTLE_TIMEOUT_MS = 10_000;
const KEEP_FOLLOWED_HOURS = 24;

/**
 * Follows the ledger's events right after each commit: a batch of pending events is taken (locked,
 * so several API processes share the work), given to every follower in order, and marked followed
 * in the same transaction. A batch that fails is retried event by event; an event that fails alone
 * is marked with its failure and logged, so one bad event cannot stop the others. Events left by a
 * process that stopped are picked up by the sweep.
 */
@Injectable()
export class LedgerOutbox implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('LedgerOutbox');
  private readonly followers: LedgerFollower[] = [];
  private draining: Promise<void> | null = null;
  private again = false;
  private sweep?: NodeJS.Timeout;
  private stopped = false;
  private scheduled?: NodeJS.Timeout;
  private lastRound = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: OutboxRepository,
  ) {}

  /** Followers register when their module starts; they run in the order they registered. */
  follow(follower: LedgerFollower): void {
    this.followers.push(follower);
  }

  onApplicationBootstrap(): void {
    this.sweep = setInterval(() => {
      this.kick();
      void this.repository.forgetFollowed(KEEP_FOLLOWED_HOURS).catch(() => undefined);
    }, SWEEP_MS);
    this.sweep.unref();
    this.kick();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.sweep);
    clearTimeout(this.scheduled);
    await this.draining;
  }

  /** Follows the events of a change just committed, a moment later (a burst of changes becomes one batch). */
  soon(): void {
    if (this.scheduled || this.stopped) return;
    const delay = Math.max(FOLLOW_DELAY_MS, this.lastRound + FOLLOW_INTERVAL_MS - Date.now());
    this.scheduled = setTimeout(() => {
      this.scheduled = undefined;
      this.kick();
    }, delay);
  }

  /** Starts following pending events now (no-op when already at it: it goes round once more). */
  kick(): void {
    if (this.stopped) return;
    if (this.draining) {
      this.again = true;
      return;
    }
    this.draining = this.drain().finally(() => {
      this.draining = null;
      this.lastRound = Date.now();
    });
  }

  /**
   * Waits until the project's changes made so far have been followed (the memory holds them,
   * repetitions are filled): reads that show derived data call it first. Gives up after a while
   * rather than hold a reader forever.
   */
  async settled(projectId: string | null): Promise<void> {
    const deadline = Date.now() + SETTLE_TIMEOUT_MS;
    while (await this.repository.hasPending(projectId)) {
      if (Date.now() > deadline) {
        this.logger.warn(`changes of project ${projectId ?? '(any)'} are still being followed after ${SETTLE_TIMEOUT_MS} ms: answering without them`);
        return;
      }
      this.kick();
      await (this.draining ?? new Promise((resolve) => setTimeout(resolve, 10)));
    }
  }

  private async drain(): Promise<void> {
    try {
      do {
        this.again = false;
        // what is pending now, in full batches; what comes meanwhile waits for the next round
        while (!this.stopped && (await this.followBatch()) === BATCH);
      } while (this.again && !this.stopped);
    } catch (error) {
      this.logger.error(`following translation events failed: ${(error as Error).message}`, (error as Error).stack);
    }
  }

  /** One batch; returns how many events it followed. */
  private async followBatch(): Promise<number> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const events = await this.repository.takePending(BATCH, manager);
        if (events.length > 0) await this.give(events, manager);
        return events.length;
      });
    } catch (error) {
      this.logger.warn(`a batch of translation events failed, following them one by one: ${(error as Error).message}`);
      return this.followOneByOne();
    }
  }

  private async followOneByOne(): Promise<number> {
    let followed = 0;
    for (;;) {
      let event: TranslationEvent | undefined;
      try {
        const found = await this.dataSource.transaction(async (manager) => {
          [event] = await this.repository.takePending(1, manager);
          if (event) await this.give([event], manager);
          return event !== undefined;
        });
        if (!found) return followed;
      } catch (error) {
        if (!event) throw error;
        this.logger.error(
          `translation event ${event.id} (${event.kind} of segment ${event.segmentId}, ${event.language}) could not be followed`,
          (error as Error).stack,
        );
        await this.repository.markFailed(event.id, (error as Error).message);
      }
      followed++;
    }
  }

  private async give(events: TranslationEvent[], manager: import('typeorm').EntityManager): Promise<void> {
    for (const follower of this.followers) await follower.follow(events, manager);
    await this.repository.markFollowed(
      events.map((e) => e.id),
      manager,
    );
  }
}

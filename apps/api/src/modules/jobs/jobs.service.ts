import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type PgBoss from 'pg-boss';
import { ERROR_CODES, type JobState, type JobStatus } from '@interlinea/shared';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { AppException } from '../../common/errors/app.exception';
import type { SessionUser } from '../../common/http/current-user.decorator';
import { AccessService } from '../access/access.service';
import { LiveEvents } from '../live/live-events';
import { JobPause, type JobRunner } from './job-runner';
import { JobsRepository, type JobRecord } from './jobs.repository';
import { PgBossService } from './pg-boss.service';

interface QueueMessage {
  jobId: string;
}

/** pg-boss retries a handler that threw (429/5xx after DeepL's own retries) with a growing delay. */
const RETRY = { retryLimit: 4, retryDelay: 2, retryBackoff: true, expireInHours: 6 };

/**
 * Background jobs: a record per job (state, message, lease) and a pg-boss message that wakes a worker.
 * A worker holds a lease it keeps renewing; if its process dies, the lease runs out and a sweep puts
 * the job back on the queue, where any instance continues it.
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly runners = new Map<string, JobRunner>();
  private sweeper: NodeJS.Timeout | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly boss: PgBossService,
    private readonly jobs: JobsRepository,
    private readonly access: AccessService,
    private readonly live: LiveEvents,
  ) {}

  register(runner: JobRunner): void {
    this.runners.set(runner.kind, runner);
  }

  async onApplicationBootstrap(): Promise<void> {
    for (const kind of this.runners.keys()) {
      await this.boss.queue.createQueue(kind);
      for (let i = 0; i < this.config.jobs.pretranslationConcurrency; i++) {
        await this.boss.queue.work<QueueMessage>(kind, { batchSize: 1, pollingIntervalSeconds: 1, includeMetadata: true }, ([message]) => this.handle(message));
      }
    }
    await this.sweep();
    this.sweeper = setInterval(() => void this.sweep(), this.config.jobs.sweepSeconds * 1000);
    this.sweeper.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.sweeper);
  }

  /** Stores the job (inside the caller's transaction) and queues it once that transaction committed. */
  async create(kind: string, projectId: string, createdBy: string, payload: object, manager: EntityManager): Promise<JobRecord> {
    return this.jobs.create({ kind, projectId, payload, createdBy }, manager);
  }

  async enqueue(job: Pick<JobRecord, 'id' | 'kind'>): Promise<void> {
    await this.boss.queue.send(job.kind, { jobId: job.id }, RETRY);
  }

  async status(user: SessionUser, jobId: string): Promise<JobStatus> {
    const job = await this.authorise(user, jobId, 'view');
    return this.view(job);
  }

  async cancel(user: SessionUser, jobId: string): Promise<JobStatus> {
    const job = await this.authorise(user, jobId, 'manage');
    if (!(await this.jobs.transition(job.id, ['queued', 'running', 'paused'], 'cancelled', 'Cancelled; segments translated so far are kept'))) {
      throw new AppException(ERROR_CODES.jobState, `The job is ${job.state} and cannot be cancelled`);
    }
    await this.announce(job.id);
    return this.status(user, jobId);
  }

  async resume(user: SessionUser, jobId: string): Promise<JobStatus> {
    const job = await this.authorise(user, jobId, 'manage');
    if (!(await this.jobs.transition(job.id, ['paused', 'failed'], 'queued', null))) {
      throw new AppException(ERROR_CODES.jobState, `Only a paused job can be resumed; this one is ${job.state}`);
    }
    await this.announce(job.id);
    await this.enqueue(job);
    return this.status(user, jobId);
  }

  async view(job: JobRecord): Promise<JobStatus> {
    const runner = this.runners.get(job.kind);
    const progress = runner ? await runner.progress(job.id) : { done: 0, total: 0, failed: 0, fromMemory: 0, fromMt: 0, skipped: 0 };
    return {
      id: job.id,
      kind: job.kind,
      state: job.state,
      ...progress,
      message: job.message,
      createdAt: new Date(job.createdAt).toISOString(),
      updatedAt: new Date(job.updatedAt).toISOString(),
    };
  }

  async find(jobId: string): Promise<JobRecord | null> {
    return this.jobs.find(jobId);
  }

  /**
   * Tells every API process the job moved (state, message or progress): a `job` event in its
   * document's stream, which the job's own stream (`/api/jobs/:id/events`) hears too. No polling.
   */
  async announce(jobId: string): Promise<void> {
    const job = await this.jobs.find(jobId);
    if (!job) return;
    const documentId = typeof job.payload.documentId === 'string' ? job.payload.documentId : null;
    await this.live.publish({ documentId, projectId: job.projectId, ref: job.id, body: { type: 'job', job: await this.view(job) } });
  }

  /** The job's status now and whenever it changes, until it ends (what `GET /api/jobs/:id/events` sends). */
  watch(jobId: string, deliver: (status: JobStatus) => void, ended: () => void): () => void {
    let last = '';
    const send = (status: JobStatus) => {
      const data = JSON.stringify(status);
      if (data !== last) deliver(status);
      last = data;
      if (FINAL_STATES.includes(status.state)) ended();
    };
    const readNow = () =>
      void this.jobs
        .find(jobId)
        .then((job) => (job ? this.view(job).then(send) : ended()))
        .catch(() => undefined);
    const unsubscribe = this.live.subscribe(
      { jobId },
      (events) => {
        const latest = events.at(-1);
        if (latest?.type === 'job') send(latest.job);
      },
      readNow,
    );
    readNow();
    return unsubscribe;
  }

  private async authorise(user: SessionUser, jobId: string, action: 'view' | 'manage'): Promise<JobRecord> {
    const job = await this.jobs.find(jobId);
    if (!job) throw AppException.notFound('Job');
    await this.access.assertCan(user, job.projectId, action);
    return job;
  }

  private async handle(message: PgBoss.JobWithMetadata<QueueMessage>): Promise<void> {
    const { leaseSeconds } = this.config.jobs;
    const job = await this.jobs.claim(message.data.jobId, leaseSeconds);
    if (!job) return; // finished, paused, cancelled, or a live worker holds it
    await this.announce(job.id);
    const runner = this.runners.get(job.kind);
    if (!runner) throw new Error(`no runner for job kind ${job.kind}`);
    const heartbeat = setInterval(() => void this.jobs.renew(job.id, leaseSeconds).catch(() => undefined), (leaseSeconds * 1000) / 3);
    try {
      await runner.run(job, {
        cancelled: async () => this.boss.isStopped || (await this.jobs.state(job.id)) !== 'running',
        say: async (text) => {
          await this.jobs.setMessage(job.id, text);
          await this.announce(job.id);
        },
        progressed: () => this.announce(job.id),
      });
      if (this.boss.isStopped) return; // shutting down: the lease runs out and the job continues elsewhere
      await this.jobs.transition(job.id, ['running'], 'completed', null);
      await this.announce(job.id);
    } catch (error) {
      if (this.boss.isStopped) return; // the process is going away: the lease runs out and another worker continues
      await this.fail(job, message, error);
    } finally {
      clearInterval(heartbeat);
    }
  }

  private async fail(job: JobRecord, message: PgBoss.JobWithMetadata<QueueMessage>, error: unknown): Promise<void> {
    const text = error instanceof Error ? error.message : String(error);
    if (error instanceof JobPause) {
      await this.jobs.transition(job.id, ['running'], 'paused', text);
      await this.announce(job.id);
      return;
    }
    if (message.retryCount >= message.retryLimit) {
      // the job ends failed with its reason, stored with it (any process answers it); resuming tries again
      this.logger.error(`job ${job.id} failed after ${message.retryCount + 1} attempts`, error instanceof Error ? error.stack : undefined);
      await this.jobs.transition(job.id, ['running'], 'failed', `Failed after ${message.retryCount + 1} attempts: ${text} Resume to try again.`);
      await this.announce(job.id);
      return;
    }
    await this.jobs.transition(job.id, ['running'], 'queued', `Will try again: ${text}`);
    await this.announce(job.id);
    throw error; // pg-boss retries with backoff
  }

  private async sweep(): Promise<void> {
    if (this.boss.isStopped) return;
    try {
      for (const job of await this.jobs.requeueAbandoned()) {
        this.logger.warn(`job ${job.id} lost its worker: queued again`);
        await this.announce(job.id);
        await this.enqueue(job);
      }
    } catch (error) {
      this.logger.error(`sweep failed: ${(error as Error).message}`);
    }
  }
}

export const FINAL_STATES: JobState[] = ['completed', 'cancelled', 'failed'];

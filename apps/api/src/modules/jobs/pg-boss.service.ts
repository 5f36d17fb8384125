import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import PgBoss from 'pg-boss';

export const JOB_SCHEMA = 'pgboss';

/**
 * The pg-boss queue on the application's own PostgreSQL (DATABASE_URL or the embedded one), in its
 * own schema. Started with the app, stopped when it closes; workers are registered by JobsService.
 */
@Injectable()
export class PgBossService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private boss: PgBoss | undefined;
  private stopped = false;

  constructor(private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
    const url = (this.dataSource.options as { url?: string }).url;
    if (!url) throw new Error('the job queue needs the database URL');
    this.boss = new PgBoss({ connectionString: url, schema: JOB_SCHEMA, max: 4, application_name: 'interlinea-jobs', schedule: false });
    // a database going away (connection refused, server shut down) is told in one line; anything else with its stack
    this.boss.on('error', (error: Error & { code?: string }) =>
      error.code ? this.logger.error(`job queue: ${error.message} (${error.code})`) : this.logger.error(`job queue: ${error.message}`, error.stack),
    );
    await this.boss.start();
  }

  get queue(): PgBoss {
    if (!this.boss) throw new Error('the job queue is not started');
    return this.boss;
  }

  /**
   * Stops taking work. `graceful: false` abandons running handlers at once (what a crash looks like
   * to the queue); their jobs are picked up again when their lease runs out.
   */
  async stop(graceful = true): Promise<void> {
    if (!this.boss || this.stopped) return;
    this.stopped = true;
    await this.boss.stop({ graceful, wait: true, close: true, timeout: graceful ? 10_000 : 0 });
  }

  get isStopped(): boolean {
    return this.stopped;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop(true);
  }
}

import { Module } from '@nestjs/common';
import { LiveModule } from '../live/live.module';
import { JobsController } from './jobs.controller';
import { JobsRepository } from './jobs.repository';
import { JobsService } from './jobs.service';
import { PgBossService } from './pg-boss.service';

/** The job queue (pg-boss, schema `pgboss`) and the `/api/jobs/:id` endpoints; job kinds register a runner. */
@Module({
  imports: [LiveModule],
  controllers: [JobsController],
  providers: [PgBossService, JobsService, JobsRepository],
  exports: [JobsService, PgBossService],
})
export class JobsModule {}

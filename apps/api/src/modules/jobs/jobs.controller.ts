import { Controller, Get, HttpCode, MessageEvent, Param, ParseUUIDPipe, Post, Sse } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Observable } from 'rxjs';
import { jobStatusSchema, type JobStatus } from '@interlinea/shared';
import { CurrentUser, type SessionUser } from '../../common/http/current-user.decorator';
import { ApiContract } from '../../common/openapi/api-contract.decorator';
import { JobsService } from './jobs.service';

@ApiTags('jobs')
@Controller('jobs/:jobId')
export class JobsController {
  constructor(private readonly jobs: JobsService) {}

  @ApiContract({ response: jobStatusSchema })
  @Get()
  status(@CurrentUser() user: SessionUser, @Param('jobId', ParseUUIDPipe) jobId: string): Promise<JobStatus> {
    return this.jobs.status(user, jobId);
  }

  @ApiContract({ response: jobStatusSchema, body: 'none', errors: { 409: 'JOB_STATE_INVALID: the job is not in a state that allows this.' } })
  @Post('cancel')
  @HttpCode(200)
  cancel(@CurrentUser() user: SessionUser, @Param('jobId', ParseUUIDPipe) jobId: string): Promise<JobStatus> {
    return this.jobs.cancel(user, jobId);
  }

  @ApiContract({ response: jobStatusSchema, body: 'none', errors: { 409: 'JOB_STATE_INVALID: the job is not in a state that allows this.' } })
  @Post('resume')
  @HttpCode(200)
  resume(@CurrentUser() user: SessionUser, @Param('jobId', ParseUUIDPipe) jobId: string): Promise<JobStatus> {
    return this.jobs.resume(user, jobId);
  }

  /** Server-sent events: the job status now and at every change (announced through PostgreSQL NOTIFY), until it ends. */
  @ApiContract({ response: jobStatusSchema })
  @Sse('events')
  async events(@CurrentUser() user: SessionUser, @Param('jobId', ParseUUIDPipe) jobId: string): Promise<Observable<MessageEvent>> {
    await this.jobs.status(user, jobId); // access check before the stream opens
    return new Observable<MessageEvent>((subscriber) =>
      this.jobs.watch(
        jobId,
        (status) => subscriber.next({ data: status }),
        () => subscriber.complete(),
      ),
    );
  }
}

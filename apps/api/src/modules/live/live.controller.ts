import { Body, Controller, Delete, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import {
  documentEventSchema,
  documentEventsQuerySchema,
  lockRequestSchema,
  presenceListSchema,
  presenceRequestSchema,
  segmentLockedDetailsSchema,
  softLockSchema,
  unlockQuerySchema,
  type DocumentEventsQuery,
  type LockRequest,
  type PresenceList,
  type PresenceRequest,
  type SoftLock,
  type UnlockQuery,
} from '@interlinea/shared';
import { ZodValidationPipe } from '../../common/pipes/zod-validation.pipe';
import { CurrentUser, type SessionUser } from '../../common/http/current-user.decorator';
import { ApiContract } from '../../common/openapi/api-contract.decorator';
import { DocumentStreamService } from './document-stream.service';
import { PresenceService } from './presence.service';
import { SoftLocksService } from './soft-locks.service';

@ApiTags('live')
@Controller()
export class LiveController {
  constructor(
    private readonly streams: DocumentStreamService,
    private readonly presence: PresenceService,
    private readonly locks: SoftLocksService,
  ) {}

  /**
   * Server-sent events of the document (saves, comments, presence, soft locks, job progress), each with
   * its `id:`; after a reconnect, `Last-Event-ID` (or `?lastEventId=`) replays what was missed.
   */
  @ApiContract({ response: { 'text/event-stream': documentEventSchema } })
  @Get('documents/:documentId/events')
  events(
    @CurrentUser() user: SessionUser,
    @Param('documentId', ParseUUIDPipe) documentId: string,
    @Query(new ZodValidationPipe(documentEventsQuerySchema)) query: DocumentEventsQuery,
    @Headers('last-event-id') lastEventId: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    return this.streams.open(user, documentId, query, lastEventId, req, res);
  }

  @ApiContract({ response: presenceListSchema })
  @Get('documents/:documentId/presence')
  present(@CurrentUser() user: SessionUser, @Param('documentId', ParseUUIDPipe) documentId: string): Promise<PresenceList> {
    return this.presence.list(user, documentId);
  }

  /** The tab's focus: the segment (and edition) it is on, or null. */
  @ApiContract({ response: presenceListSchema })
  @Put('documents/:documentId/presence')
  focus(
    @CurrentUser() user: SessionUser,
    @Param('documentId', ParseUUIDPipe) documentId: string,
    @Body(new ZodValidationPipe(presenceRequestSchema)) body: PresenceRequest,
  ): Promise<PresenceList> {
    return this.presence.focus(user, documentId, body);
  }

  /** Takes (or renews) the soft lock of the segment's edition; `force` takes it over from someone else. */
  @ApiContract({
    response: softLockSchema,
    errors: {
      409: { description: 'SEGMENT_LOCKED: someone else is typing in the segment (send force: true to take over).', details: segmentLockedDetailsSchema },
    },
  })
  @Post('segments/:segmentId/lock')
  @HttpCode(200)
  lock(
    @CurrentUser() user: SessionUser,
    @Param('segmentId', ParseUUIDPipe) segmentId: string,
    @Body(new ZodValidationPipe(lockRequestSchema)) body: LockRequest,
  ): Promise<SoftLock> {
    return this.locks.take(user, segmentId, body);
  }

  @ApiContract({ response: null })
  @Delete('segments/:segmentId/lock')
  @HttpCode(204)
  unlock(
    @CurrentUser() user: SessionUser,
    @Param('segmentId', ParseUUIDPipe) segmentId: string,
    @Query(new ZodValidationPipe(unlockQuerySchema)) query: UnlockQuery,
  ): Promise<void> {
    return this.locks.release(user, segmentId, query.lang, query.clientId);
  }
}

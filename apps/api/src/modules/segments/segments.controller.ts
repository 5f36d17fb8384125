import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import {
  languageSchema,
  mergeSegmentRequestSchema,
  segmentRowSchema,
  splitSegmentRequestSchema,
  updateSegmentRequestSchema,
  updateSegmentResultSchema,
  type Language,
  type UpdateSegmentRequest,
  type UpdateSegmentResult,
  type SegmentRow,
  type SplitSegmentRequest,
} from '@interlinea/shared';
import { ZodValidationPipe } from '../../common/pipes/zod-validation.pipe';
import { CurrentUser, type SessionUser } from '../../common/http/current-user.decorator';
import { ApiContract } from '../../common/openapi/api-contract.decorator';
import { SegmentEditingService } from './segment-editing.service';
import { SegmentTranslatableService } from './segment-translatable.service';

@ApiTags('segments')
@Controller('segments/:segmentId')
export class SegmentsController {
  constructor(
    private readonly editing: SegmentEditingService,
    private readonly translatable: SegmentTranslatableService,
  ) {}

  /** A translator switches a line taken for site furniture back to translatable; a manager marks one not for translation. */
  @ApiContract({ response: updateSegmentResultSchema, errors: { 403: "FORBIDDEN: marking a segment not for translation is a manager's call." } })
  @Patch()
  update(
    @CurrentUser() user: SessionUser,
    @Param('segmentId', ParseUUIDPipe) segmentId: string,
    @Body(new ZodValidationPipe(updateSegmentRequestSchema)) body: UpdateSegmentRequest,
  ): Promise<UpdateSegmentResult> {
    return this.translatable.update(user, segmentId, body);
  }

  @ApiContract({ response: z.array(segmentRowSchema) })
  @Post('split')
  @HttpCode(200)
  split(
    @CurrentUser() user: SessionUser,
    @Param('segmentId', ParseUUIDPipe) segmentId: string,
    @Query('lang', new ZodValidationPipe(languageSchema)) lang: Language,
    @Body(new ZodValidationPipe(splitSegmentRequestSchema)) body: SplitSegmentRequest,
  ): Promise<SegmentRow[]> {
    return this.editing.split(user, segmentId, lang, body);
  }

  @ApiContract({ response: z.array(segmentRowSchema) })
  @Post('merge')
  @HttpCode(200)
  merge(
    @CurrentUser() user: SessionUser,
    @Param('segmentId', ParseUUIDPipe) segmentId: string,
    @Query('lang', new ZodValidationPipe(languageSchema)) lang: Language,
    @Body(new ZodValidationPipe(mergeSegmentRequestSchema)) _body: unknown,
  ): Promise<SegmentRow[]> {
    return this.editing.merge(user, segmentId, lang);
  }
}

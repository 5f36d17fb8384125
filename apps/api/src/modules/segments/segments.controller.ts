import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import {
  languageSchema,
  mergeSegmentRequestSchema,
  segmentRowSchema,
  splitSegmentRequestSchema,
  type Language,
  type SegmentRow,
  type SplitSegmentRequest,
} from '@interlinea/shared';
import { ZodValidationPipe } from '../../common/pipes/zod-validation.pipe';
import { CurrentUser, type SessionUser } from '../../common/http/current-user.decorator';
import { ApiContract } from '../../common/openapi/api-contract.decorator';
import { SegmentEditingService } from './segment-editing.service';

@ApiTags('segments')
@Controller('segments/:segmentId')
export class SegmentsController {
  constructor(private readonly editing: SegmentEditingService) {}

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

import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  batchApproveRequestSchema,
  batchApproveResultSchema,
  replaceRequestSchema,
  replaceResultSchema,
  staleSegmentsDetailsSchema,
  undoResultSchema,
  type BatchApproveRequest,
  type BatchApproveResult,
  type ReplaceRequest,
  type ReplaceResult,
  type UndoResult,
} from '@interlinea/shared';
import { ZodValidationPipe } from '../../common/pipes/zod-validation.pipe';
import { CurrentUser, type SessionUser } from '../../common/http/current-user.decorator';
import { ApiContract } from '../../common/openapi/api-contract.decorator';
import { BatchEditsService } from './batch-edits.service';

const staleSegments = {
  409: {
    description: 'VERSION_CONFLICT: segments changed since the request was prepared; nothing was written; `details.stale` lists them.',
    details: staleSegmentsDetailsSchema,
  },
};

@ApiTags('documents')
@Controller('documents/:id')
export class BatchEditsController {
  constructor(private readonly batchEdits: BatchEditsService) {}

  /** Search and replace in one edition's targets: one batch, one revision per segment changed. */
  @ApiContract({ response: replaceResultSchema, errors: staleSegments })
  @Post('replace')
  @HttpCode(200)
  replace(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body(new ZodValidationPipe(replaceRequestSchema)) body: ReplaceRequest,
  ): Promise<ReplaceResult> {
    return this.batchEdits.replace(user, id, body);
  }

  @ApiContract({ response: undoResultSchema, body: 'none', errors: staleSegments })
  @Post('replace/:batchId/undo')
  @HttpCode(200)
  undoReplace(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string, @Param('batchId', ParseUUIDPipe) batchId: string): Promise<UndoResult> {
    return this.batchEdits.undoReplace(user, id, batchId);
  }

  /** Approves a selection of segments of one edition (reviewers only), all or nothing. */
  @ApiContract({ response: batchApproveResultSchema, errors: staleSegments })
  @Post('approve')
  @HttpCode(200)
  approve(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body(new ZodValidationPipe(batchApproveRequestSchema)) body: BatchApproveRequest,
  ): Promise<BatchApproveResult> {
    return this.batchEdits.approve(user, id, body);
  }
}

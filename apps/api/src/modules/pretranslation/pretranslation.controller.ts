import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { pretranslateRequestSchema, pretranslateResponseSchema, type PretranslateRequest, type PretranslateResponse } from '@interlinea/shared';
import { ZodValidationPipe } from '../../common/pipes/zod-validation.pipe';
import { CurrentUser, type SessionUser } from '../../common/http/current-user.decorator';
import { ApiContract } from '../../common/openapi/api-contract.decorator';
import { PretranslationService } from './pretranslation.service';

@ApiTags('pretranslation')
@Controller('documents/:documentId/pretranslate')
export class PretranslationController {
  constructor(private readonly pretranslation: PretranslationService) {}

  @ApiContract({
    response: pretranslateResponseSchema,
    errors: { 409: 'JOB_STATE_INVALID: the document is already being pre-translated into this language; `details.jobId` is that job.' },
  })
  @Post()
  start(
    @CurrentUser() user: SessionUser,
    @Param('documentId', ParseUUIDPipe) documentId: string,
    @Body(new ZodValidationPipe(pretranslateRequestSchema)) body: PretranslateRequest,
  ): Promise<PretranslateResponse> {
    return this.pretranslation.start(user, documentId, body);
  }
}
